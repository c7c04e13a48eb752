namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "WorkOrderTaskMessage" schema (shared/buildium/openapi.json).
internal sealed class WorkOrderTaskMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? Type { get; set; }

    public int? UnitId { get; set; }

    public UnitAgreementMessage? UnitAgreement { get; set; }

    public string? Title { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? Priority { get; set; }

    public string? Status { get; set; }
}
