namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium enumeration (the <c>balanceduration</c> filter of outstanding balances); travels as its member name.</summary>
public enum BalanceDuration
{
    TotalBalance,
    Balance0to30Days,
    Balance31to60Days,
    Balance61to90Days,
    BalanceOver90Days,
}
