using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>LeaseMessage</c> (read shape).</summary>
public sealed class LeaseMessage
{
    public int Id { get; set; }

    public int PropertyId { get; set; }

    public int UnitId { get; set; }

    public string? UnitNumber { get; set; }

    public DateOnly? LeaseFromDate { get; set; }

    public DateOnly? LeaseToDate { get; set; }

    public BuildiumEnumValue<LeaseType> LeaseType { get; set; }

    public BuildiumEnumValue<LeaseStatus> LeaseStatus { get; set; }

    public bool IsEvictionPending { get; set; }

    public BuildiumEnumValue<LeaseTermType> TermType { get; set; }

    public BuildiumEnumValue<RenewalOfferStatus>? RenewalOfferStatus { get; set; }

    public List<TenantMessage>? CurrentTenants { get; set; }

    public int CurrentNumberOfOccupants { get; set; }

    public LeaseAccountDetailMessage? AccountDetails { get; set; }

    public List<CosignerMessage>? Cosigners { get; set; }

    public bool AutomaticallyMoveOutTenants { get; set; }

    public DateTimeOffset CreatedDateTime { get; set; }

    public DateTimeOffset? LastUpdatedDateTime { get; set; }

    public List<LeaseMoveOutDataMessage>? MoveOutData { get; set; }

    public int PaymentDueDay { get; set; }

    public List<LeaseTenantMessage>? Tenants { get; set; }
}
