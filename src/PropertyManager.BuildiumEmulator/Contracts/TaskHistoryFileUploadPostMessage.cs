using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "TaskHistoryFileUploadPostMessage" schema (shared/buildium/openapi.json).
internal sealed class TaskHistoryFileUploadPostMessage
{
    [Required]
    [MaxLength(255)]
    public string? FileName { get; set; }
}
