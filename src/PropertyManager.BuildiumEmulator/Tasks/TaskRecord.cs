using PropertyManager.BuildiumEmulator.Contracts;

namespace PropertyManager.BuildiumEmulator.Tasks;

/// <summary>
/// Stored form of a task of any type: the union of the four per-type read messages. Tasks share one id
/// space because /v1/tasks/{taskId} reaches every type; each endpoint projects the fields it shows.
/// </summary>
internal sealed class TaskRecord : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? TaskType { get; set; }

    public TaskCategoryResponseMessage? Category { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public PropertyMessage? Property { get; set; }

    public int? UnitId { get; set; }

    public UnitAgreementMessage? UnitAgreement { get; set; }

    public RequestedByUserEntityMessage? RequestedByUserEntity { get; set; }

    public int? AssignedToUserId { get; set; }

    public string? TaskStatus { get; set; }

    public string? Priority { get; set; }

    public DateOnly? DueDate { get; set; }

    public DateTime? CreatedDateTime { get; set; }

    public DateTime? LastUpdatedDateTime { get; set; }

    public ApplianceMessage? Appliance { get; set; }

    public bool? IsEntryPermittedByResident { get; set; }

    public bool? DoesResidentHavePets { get; set; }

    public string? ResidentEntryNotes { get; set; }

    public ContactDetailMessage? ContactDetail { get; set; }
}
