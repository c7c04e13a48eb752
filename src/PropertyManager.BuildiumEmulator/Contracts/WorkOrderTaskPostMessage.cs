using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "WorkOrderTaskPostMessage" schema (shared/buildium/openapi.json).
internal sealed class WorkOrderTaskPostMessage
{
    [Required]
    [MaxLength(127)]
    public string? Title { get; set; }

    public DateOnly? DueDate { get; set; }

    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.Priority))]
    public string? Priority { get; set; }

    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.TaskStatus))]
    public string? Status { get; set; }

    public int? PropertyId { get; set; }

    public int? UnitId { get; set; }

    [Required]
    public int? AssignedToUserId { get; set; }
}
