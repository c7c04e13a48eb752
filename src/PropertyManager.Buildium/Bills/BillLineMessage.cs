using PropertyManager.Buildium.GlAccounts;

namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillLineMessage</c> (read shape).</summary>
public sealed class BillLineMessage
{
    public int Id { get; set; }

    public AccountingEntityMessage? AccountingEntity { get; set; }

    public GLAccountMessage? GLAccount { get; set; }

    public decimal Amount { get; set; }

    public BillMarkupMessage? Markup { get; set; }

    public string? Memo { get; set; }
}
