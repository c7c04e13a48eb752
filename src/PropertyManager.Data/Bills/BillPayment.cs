using PropertyManager.Data.BankAccounts;

namespace PropertyManager.Data.Bills;

/// <summary>A payment against a bill (table <c>bill_payments</c>).</summary>
public sealed class BillPayment
{
    public Guid Id { get; set; }
    public int? BuildiumPaymentId { get; set; }
    public Guid? BillId { get; set; }
    public Guid? BankAccountId { get; set; }
    public decimal? Amount { get; set; }
    public DateOnly? Date { get; set; }
    public string? ReferenceNumber { get; set; }
    public string? Memo { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public Bill? Bill { get; set; }
    public BankAccount? BankAccount { get; set; }
}
