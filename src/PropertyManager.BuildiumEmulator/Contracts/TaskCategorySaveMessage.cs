using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "TaskCategorySaveMessage" schema (shared/buildium/openapi.json).
internal sealed class TaskCategorySaveMessage
{
    [Required]
    public string? Name { get; set; }
}
