namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>LeaseAccountDetailMessage</c> (read shape).</summary>
public sealed class LeaseAccountDetailMessage
{
    public decimal? SecurityDeposit { get; set; }

    public decimal? Rent { get; set; }
}
