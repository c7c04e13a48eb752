namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseOutstandingBalanceMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseOutstandingBalanceMessage
{
    public int? LeaseId { get; set; }

    public int? PropertyId { get; set; }

    public int? UnitId { get; set; }

    public double? Balance0To30Days { get; set; }

    public double? Balance31To60Days { get; set; }

    public double? Balance61To90Days { get; set; }

    public double? BalanceOver90Days { get; set; }

    public double? TotalBalance { get; set; }

    public List<OutstandingBalancesLineMessage>? Balances { get; set; }

    public DateTime? PastDueEmailSentDate { get; set; }

    public DateOnly? EvictionPendingDate { get; set; }

    public bool? IsNoticeGiven { get; set; }
}
