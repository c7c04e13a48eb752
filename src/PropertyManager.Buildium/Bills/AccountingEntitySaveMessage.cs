using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>AccountingEntitySaveMessage</c> (write shape).</summary>
public sealed class AccountingEntitySaveMessage
{
    public required int Id { get; set; }

    public required BuildiumEnumValue<AccountingEntityType> AccountingEntityType { get; set; }

    public int? UnitId { get; set; }
}
