namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillPaymentAccountingEntityMessage" schema (shared/buildium/openapi.json).
internal sealed class BillPaymentAccountingEntityMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? AccountingEntityType { get; set; }

    public int? UnitId { get; set; }
}
