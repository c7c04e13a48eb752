namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "VendorCategoryMessage" schema (shared/buildium/openapi.json).
internal sealed class VendorCategoryMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    public bool? IsSystemCategory { get; set; }
}
