using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>AccountingEntityPatchMessage</c> (write shape).</summary>
public sealed class AccountingEntityPatchMessage
{
    public int? Id { get; set; }

    public BuildiumEnumValue<AccountingEntityType>? AccountingEntityType { get; set; }

    public int? UnitId { get; set; }
}
