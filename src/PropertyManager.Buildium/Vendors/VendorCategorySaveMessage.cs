namespace PropertyManager.Buildium.Vendors;

/// <summary>Buildium <c>VendorCategorySaveMessage</c> (write shape).</summary>
public sealed class VendorCategorySaveMessage
{
    public required string Name { get; set; }
}
