using PropertyManager.Data.Bills;
using PropertyManager.Data.GlAccounts;

namespace PropertyManager.Data.BankAccounts;

/// <summary>A bank account (table <c>bank_accounts</c>).</summary>
public sealed class BankAccount
{
    public Guid Id { get; set; }
    public int BuildiumBankId { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>Buildium's <c>Checking</c> or <c>Savings</c>.</summary>
    public string? BankAccountType { get; set; }
    public string? AccountNumber { get; set; }
    public string? RoutingNumber { get; set; }
    public bool? IsActive { get; set; }
    public decimal? Balance { get; set; }
    public decimal? BuildiumBalance { get; set; }
    /// <summary>The general ledger account this bank account posts to (column <c>gl_account</c>).</summary>
    public Guid GlAccountId { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public GlAccount? GlAccount { get; set; }
    public List<BillPayment> Payments { get; set; } = [];
}
