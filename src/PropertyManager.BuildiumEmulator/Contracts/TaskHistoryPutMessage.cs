using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "TaskHistoryPutMessage" schema (shared/buildium/openapi.json).
internal sealed class TaskHistoryPutMessage
{
    [Required]
    [MaxLength(65500)]
    public string? Message { get; set; }
}
