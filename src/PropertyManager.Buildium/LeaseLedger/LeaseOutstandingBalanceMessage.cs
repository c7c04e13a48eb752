namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>LeaseOutstandingBalanceMessage</c> (read shape): what a lease owes, aged.</summary>
public sealed class LeaseOutstandingBalanceMessage
{
    public int LeaseId { get; set; }

    public int PropertyId { get; set; }

    public int? UnitId { get; set; }

    public decimal Balance0To30Days { get; set; }

    public decimal Balance31To60Days { get; set; }

    public decimal Balance61To90Days { get; set; }

    public decimal BalanceOver90Days { get; set; }

    public decimal TotalBalance { get; set; }

    public List<OutstandingBalancesLineMessage>? Balances { get; set; }

    public DateTimeOffset? PastDueEmailSentDate { get; set; }

    public DateOnly? EvictionPendingDate { get; set; }

    public bool? IsNoticeGiven { get; set; }
}
