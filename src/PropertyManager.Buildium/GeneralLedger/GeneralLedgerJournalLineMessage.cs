using PropertyManager.Buildium.Bills;
using PropertyManager.Buildium.GlAccounts;

namespace PropertyManager.Buildium.GeneralLedger;

/// <summary>Buildium <c>GeneralLedgerJournalLineMessage</c> (read shape).</summary>
public sealed class GeneralLedgerJournalLineMessage
{
    public GLAccountMessage? GLAccount { get; set; }

    public decimal Amount { get; set; }

    public bool IsCashPosting { get; set; }

    public string? ReferenceNumber { get; set; }

    public string? Memo { get; set; }

    public AccountingEntityMessage? AccountingEntity { get; set; }
}
