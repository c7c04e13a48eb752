namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseTransactionMessage" schema (shared/buildium/openapi.json): one lease ledger entry.
internal sealed class LeaseTransactionMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public DateOnly? Date { get; set; }

    public string? TransactionType { get; set; }

    public string? TransactionTypeEnum { get; set; }

    public double? TotalAmount { get; set; }

    public string? CheckNumber { get; set; }

    public int? LeaseId { get; set; }

    public int? PayeeTenantId { get; set; }

    public string? PaymentMethod { get; set; }

    public JournalMessage? Journal { get; set; }
}
