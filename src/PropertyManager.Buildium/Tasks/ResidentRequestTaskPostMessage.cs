using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>ResidentRequestTaskPostMessage</c> (write shape).</summary>
public sealed class ResidentRequestTaskPostMessage
{
    public required string Title { get; set; }

    public string? Description { get; set; }

    public int? CategoryId { get; set; }

    public int? SubCategoryId { get; set; }

    public required int UnitAgreementId { get; set; }

    public required int RequestedByEntityId { get; set; }

    public int? AssignedToUserId { get; set; }

    public required BuildiumEnumValue<BuildiumTaskStatus> TaskStatus { get; set; }

    public required BuildiumEnumValue<TaskPriority> Priority { get; set; }

    public DateOnly? DueDate { get; set; }

    public bool? IsEntryPermittedByResident { get; set; }

    public bool? DoesResidentHavePets { get; set; }

    public string? ResidentEntryNotes { get; set; }

    public bool? ShareWithRentalOwners { get; set; }

    public bool? ShareWithBoardMembers { get; set; }
}
