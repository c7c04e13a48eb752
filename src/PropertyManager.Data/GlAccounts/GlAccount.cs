using PropertyManager.Data.BankAccounts;

namespace PropertyManager.Data.GlAccounts;

/// <summary>A general ledger account (table <c>gl_accounts</c>).</summary>
public sealed class GlAccount
{
    public Guid Id { get; set; }
    public int BuildiumGlAccountId { get; set; }
    public string? AccountNumber { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>One of <see cref="GlAccountTypes"/>.</summary>
    public string Type { get; set; } = "";
    public string? SubType { get; set; }
    public bool? IsDefaultGlAccount { get; set; }
    public string? DefaultAccountName { get; set; }
    public bool? IsContraAccount { get; set; }
    public bool? IsBankAccount { get; set; }
    public string? CashFlowClassification { get; set; }
    public bool? ExcludeFromCashBalances { get; set; }
    public bool? IsActive { get; set; }
    public int? BuildiumParentGlAccountId { get; set; }
    public bool? IsCreditCardAccount { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public List<BankAccount> BankAccounts { get; set; } = [];
}
