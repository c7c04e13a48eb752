namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public int? PropertyId { get; set; }

    public int? UnitId { get; set; }

    public string? UnitNumber { get; set; }

    public DateOnly? LeaseFromDate { get; set; }

    public DateOnly? LeaseToDate { get; set; }

    public string? LeaseType { get; set; }

    public string? LeaseStatus { get; set; }

    public bool? IsEvictionPending { get; set; }

    public string? TermType { get; set; }

    public string? RenewalOfferStatus { get; set; }

    public List<TenantMessage>? CurrentTenants { get; set; }

    public int? CurrentNumberOfOccupants { get; set; }

    public LeaseAccountDetailMessage? AccountDetails { get; set; }

    public List<CosignerMessage>? Cosigners { get; set; }

    public bool? AutomaticallyMoveOutTenants { get; set; }

    public DateTime? CreatedDateTime { get; set; }

    public DateTime? LastUpdatedDateTime { get; set; }

    public List<LeaseMoveOutDataMessage>? MoveOutData { get; set; }

    public int? PaymentDueDay { get; set; }

    public List<LeaseTenantMessage>? Tenants { get; set; }
}
