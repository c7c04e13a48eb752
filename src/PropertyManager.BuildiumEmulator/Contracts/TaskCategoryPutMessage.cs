using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "TaskCategoryPutMessage" schema (shared/buildium/openapi.json).
internal sealed class TaskCategoryPutMessage
{
    [Required]
    public string? Name { get; set; }
}
