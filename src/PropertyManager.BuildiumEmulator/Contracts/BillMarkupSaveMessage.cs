using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillMarkupSaveMessage" schema (shared/buildium/openapi.json).
internal sealed class BillMarkupSaveMessage
{
    [Required]
    public double? Amount { get; set; }

    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.BillMarkupType))]
    public string? Type { get; set; }
}
