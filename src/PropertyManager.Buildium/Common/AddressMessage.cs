namespace PropertyManager.Buildium.Common;

/// <summary>Buildium <c>AddressMessage</c> (read shape).</summary>
public sealed class AddressMessage
{
    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? AddressLine3 { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }
}
