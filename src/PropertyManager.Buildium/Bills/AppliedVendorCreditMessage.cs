namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>AppliedVendorCreditMessage</c> (read shape).</summary>
public sealed class AppliedVendorCreditMessage
{
    public int Id { get; set; }

    public string? Href { get; set; }
}
