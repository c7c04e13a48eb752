namespace PropertyManager.Buildium.Vendors;

/// <summary>Buildium <c>VendorInsuranceSaveMessage</c> (write shape).</summary>
public sealed class VendorInsuranceSaveMessage
{
    public string? Provider { get; set; }

    public string? PolicyNumber { get; set; }

    public DateOnly? ExpirationDate { get; set; }
}
