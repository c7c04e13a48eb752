namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillMarkupMessage" schema (shared/buildium/openapi.json).
internal sealed class BillMarkupMessage
{
    public double? Amount { get; set; }

    public string? Type { get; set; }
}
