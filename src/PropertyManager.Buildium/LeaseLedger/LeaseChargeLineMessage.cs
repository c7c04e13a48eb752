namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>LeaseChargeLineMessage</c> (read shape).</summary>
public sealed class LeaseChargeLineMessage
{
    public decimal Amount { get; set; }

    public int GLAccountId { get; set; }
}
