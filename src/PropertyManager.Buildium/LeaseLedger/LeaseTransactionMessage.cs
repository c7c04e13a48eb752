using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>LeaseTransactionMessage</c> (read shape): one entry of a lease's ledger.</summary>
public sealed class LeaseTransactionMessage
{
    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public string? TransactionType { get; set; }

    public BuildiumEnumValue<LeaseTransactionType> TransactionTypeEnum { get; set; }

    public decimal TotalAmount { get; set; }

    public string? CheckNumber { get; set; }

    public int? LeaseId { get; set; }

    public int? PayeeTenantId { get; set; }

    public string? PaymentMethod { get; set; }

    public JournalMessage? Journal { get; set; }
}
