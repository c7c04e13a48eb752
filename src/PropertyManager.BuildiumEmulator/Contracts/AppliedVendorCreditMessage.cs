namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "AppliedVendorCreditMessage" schema (shared/buildium/openapi.json).
internal sealed class AppliedVendorCreditMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? Href { get; set; }
}
