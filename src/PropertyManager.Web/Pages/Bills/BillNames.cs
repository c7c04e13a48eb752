namespace PropertyManager.Web.Pages.Bills;

/// <summary>
/// How a bill is named in lists and links: by its vendor, reference and memo, the way a manager recognises it on paper,
/// instead of "(no description)" when the memo is empty.
/// </summary>
public static class BillNames
{
    public static string Of(string? vendor, string? reference, string? description)
    {
        var parts = new[] { vendor, reference, description }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();
        return parts.Count == 0 ? "Bill without vendor or reference" : string.Join(" · ", parts);
    }
}
