using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "AccountingEntityPatchMessage" schema (shared/buildium/openapi.json).
internal sealed class AccountingEntityPatchMessage
{
    public int? Id { get; set; }

    [BuildiumEnum(nameof(BuildiumEnums.AccountingEntityType))]
    public string? AccountingEntityType { get; set; }

    public int? UnitId { get; set; }
}
