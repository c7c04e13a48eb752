namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "WorkOrderEntryContactMessage" schema (shared/buildium/openapi.json).
internal sealed class WorkOrderEntryContactMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public List<WorkOrderEntryContactResourceMessage>? Resources { get; set; }
}
