namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "PayeeMessage" schema (shared/buildium/openapi.json).
internal sealed class PayeeMessage
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    public string? Type { get; set; }

    public string? Href { get; set; }
}
