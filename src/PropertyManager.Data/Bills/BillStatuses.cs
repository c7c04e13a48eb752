namespace PropertyManager.Data.Bills;

/// <summary>
/// Values of <c>bills.status</c>. Buildium has no single bill status; it is derived from the paid date and
/// the amount paid, so these are the app's own documented strings.
/// </summary>
public static class BillStatuses
{
    public const string Unpaid = "Unpaid";
    public const string PartiallyPaid = "PartiallyPaid";
    public const string Paid = "Paid";

    public static IReadOnlyList<string> All { get; } = [Unpaid, PartiallyPaid, Paid];
}
