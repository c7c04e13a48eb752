namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>LeaseSecurityDepositPostMessage</c> (write shape).</summary>
public sealed class LeaseSecurityDepositPostMessage
{
    public required DateOnly DueDate { get; set; }

    public required decimal Amount { get; set; }
}
