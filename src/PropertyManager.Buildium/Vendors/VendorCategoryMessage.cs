namespace PropertyManager.Buildium.Vendors;

/// <summary>Buildium <c>VendorCategoryMessage</c> (read shape).</summary>
public sealed class VendorCategoryMessage
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public bool IsSystemCategory { get; set; }
}
