using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "ToDoTaskPutMessage" schema (shared/buildium/openapi.json).
internal sealed class ToDoTaskPutMessage
{
    [Required]
    [MaxLength(127)]
    public string? Title { get; set; }

    [MaxLength(65500)]
    public string? Message { get; set; }

    public int? CategoryId { get; set; }

    public int? SubCategoryId { get; set; }

    public int? PropertyId { get; set; }

    public int? UnitId { get; set; }

    [Required]
    public int? AssignedToUserId { get; set; }

    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.TaskStatus))]
    public string? TaskStatus { get; set; }

    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.Priority))]
    public string? Priority { get; set; }

    public DateOnly? DueDate { get; set; }
}
