using PropertyManager.Data.Tenants;

namespace PropertyManager.Data.Leases;

/// <summary>A line of a lease's ledger (table <c>lease_transactions</c>): a charge, payment or credit.</summary>
public sealed class LeaseTransaction
{
    public Guid Id { get; set; }
    public long LeaseId { get; set; }
    public int? BuildiumTransactionId { get; set; }
    /// <summary>Buildium's transaction type: Charge, Payment, Credit, Refund...</summary>
    public string? TransactionType { get; set; }
    public DateOnly? Date { get; set; }
    public decimal TotalAmount { get; set; }
    public string? Memo { get; set; }
    public string? CheckNumber { get; set; }
    public string? PaymentMethod { get; set; }
    public Guid? PayeeTenantId { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public Lease? Lease { get; set; }
    public Tenant? PayeeTenant { get; set; }
}
