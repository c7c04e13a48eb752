using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillPaymentAccountingEntityMessage</c> (read shape).</summary>
public sealed class BillPaymentAccountingEntityMessage
{
    public int Id { get; set; }

    public BuildiumEnumValue<AccountingEntityType> AccountingEntityType { get; set; }

    public int? UnitId { get; set; }
}
