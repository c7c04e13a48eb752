using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "AccountingEntitySaveMessage" schema (shared/buildium/openapi.json).
internal sealed class AccountingEntitySaveMessage
{
    [Required]
    public int? Id { get; set; }

    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.AccountingEntityType))]
    public string? AccountingEntityType { get; set; }

    public int? UnitId { get; set; }
}
