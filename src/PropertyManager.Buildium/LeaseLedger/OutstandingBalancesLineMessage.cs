namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>OutstandingBalancesLineMessage</c> (read shape): the balance on one GL account.</summary>
public sealed class OutstandingBalancesLineMessage
{
    public int GlAccountId { get; set; }

    public decimal TotalBalance { get; set; }
}
