namespace PropertyManager.Data.Leases;

/// <summary>What a lease owes (table <c>lease_balances</c>), aged as Buildium ages it, as of when it was read.</summary>
public sealed class LeaseBalance
{
    public long LeaseId { get; set; }
    public decimal TotalBalance { get; set; }
    public decimal Balance0To30Days { get; set; }
    public decimal Balance31To60Days { get; set; }
    public decimal Balance61To90Days { get; set; }
    public decimal BalanceOver90Days { get; set; }
    public DateTimeOffset AsOf { get; set; }

    public Lease? Lease { get; set; }
}
