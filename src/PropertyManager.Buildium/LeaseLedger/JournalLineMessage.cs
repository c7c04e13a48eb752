using PropertyManager.Buildium.GlAccounts;

namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>JournalLineMessage</c> (read shape).</summary>
public sealed class JournalLineMessage
{
    public GLAccountMessage? GLAccount { get; set; }

    public decimal Amount { get; set; }

    public bool IsCashPosting { get; set; }

    public string? ReferenceNumber { get; set; }

    public string? Memo { get; set; }

    public int? PropertyId { get; set; }

    public int? UnitId { get; set; }
}
