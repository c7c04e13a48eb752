namespace PropertyManager.Buildium.Common;

/// <summary>Buildium <c>SaveAddressMessage</c> (write shape).</summary>
public sealed class SaveAddressMessage
{
    public required string AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? AddressLine3 { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public required string PostalCode { get; set; }

    public required string Country { get; set; }
}
