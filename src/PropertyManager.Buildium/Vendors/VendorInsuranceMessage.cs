namespace PropertyManager.Buildium.Vendors;

/// <summary>Buildium <c>VendorInsuranceMessage</c> (read shape).</summary>
public sealed class VendorInsuranceMessage
{
    public string? Provider { get; set; }

    public string? PolicyNumber { get; set; }

    public DateTimeOffset? ExpirationDate { get; set; }
}
