using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>ResidentRequestTaskMessage</c> (read shape).</summary>
public sealed class ResidentRequestTaskMessage
{
    public int Id { get; set; }

    public TaskCategoryResponseMessage? Category { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public PropertyMessage? Property { get; set; }

    public int UnitId { get; set; }

    public UnitAgreementMessage? UnitAgreement { get; set; }

    public RequestedByUserEntityMessage? RequestedByUserEntity { get; set; }

    public int? AssignedToUserId { get; set; }

    public BuildiumEnumValue<BuildiumTaskStatus> TaskStatus { get; set; }

    public BuildiumEnumValue<TaskPriority> Priority { get; set; }

    public DateOnly? DueDate { get; set; }

    public DateTimeOffset CreatedDateTime { get; set; }

    public DateTimeOffset? LastUpdatedDateTime { get; set; }

    public ApplianceMessage? Appliance { get; set; }

    public bool? IsEntryPermittedByResident { get; set; }

    public bool? DoesResidentHavePets { get; set; }

    public string? ResidentEntryNotes { get; set; }
}
