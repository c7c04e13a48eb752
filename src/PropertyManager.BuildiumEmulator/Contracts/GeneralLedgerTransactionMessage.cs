namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "GeneralLedgerTransactionMessage" schema (shared/buildium/openapi.json); shapes the emulator never fills (typed object) are always null.
internal sealed class GeneralLedgerTransactionMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public DateOnly? Date { get; set; }

    public string? TransactionType { get; set; }

    public double? TotalAmount { get; set; }

    public string? CheckNumber { get; set; }

    public object? UnitAgreement { get; set; }

    public int? UnitId { get; set; }

    public string? UnitNumber { get; set; }

    public PaymentDetailMessage? PaymentDetail { get; set; }

    public object? DepositDetails { get; set; }

    public object? Application { get; set; }

    public GeneralLedgerJournalMessage? Journal { get; set; }

    public DateTime? LastUpdatedDateTime { get; set; }
}
