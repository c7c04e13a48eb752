namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "WorkOrderEntryContactResourceMessage" schema (shared/buildium/openapi.json).
internal sealed class WorkOrderEntryContactResourceMessage
{
    public string? Type { get; set; }

    public string? Href { get; set; }
}
