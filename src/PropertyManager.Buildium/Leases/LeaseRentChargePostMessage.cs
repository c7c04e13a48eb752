namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>LeaseRentChargePostMessage</c> (write shape).</summary>
public sealed class LeaseRentChargePostMessage
{
    public required decimal Amount { get; set; }

    public required int GlAccountId { get; set; }

    public required DateOnly NextDueDate { get; set; }

    public string? Memo { get; set; }
}
