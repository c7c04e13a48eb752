using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "ResidentRequestTaskPostMessage" schema (shared/buildium/openapi.json).
internal sealed class ResidentRequestTaskPostMessage
{
    [Required]
    [MaxLength(127)]
    public string? Title { get; set; }

    [MaxLength(65500)]
    public string? Description { get; set; }

    public int? CategoryId { get; set; }

    public int? SubCategoryId { get; set; }

    [Required]
    public int? UnitAgreementId { get; set; }

    [Required]
    public int? RequestedByEntityId { get; set; }

    public int? AssignedToUserId { get; set; }

    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.TaskStatus))]
    public string? TaskStatus { get; set; }

    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.Priority))]
    public string? Priority { get; set; }

    public DateOnly? DueDate { get; set; }

    public bool? IsEntryPermittedByResident { get; set; }

    public bool? DoesResidentHavePets { get; set; }

    [MaxLength(65535)]
    public string? ResidentEntryNotes { get; set; }

    public bool? ShareWithRentalOwners { get; set; }

    public bool? ShareWithBoardMembers { get; set; }
}
