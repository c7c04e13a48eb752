using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>LeasePostMessage</c> (write shape).</summary>
public sealed class LeasePostMessage
{
    public required BuildiumEnumValue<LeaseType> LeaseType { get; set; }

    public required int UnitId { get; set; }

    public required DateOnly LeaseFromDate { get; set; }

    public DateOnly? LeaseToDate { get; set; }

    public required bool SendWelcomeEmail { get; set; }

    public List<RentalTenantPutMessage>? Tenants { get; set; }

    public List<int>? TenantIds { get; set; }

    public List<int>? ApplicantIds { get; set; }

    public List<LeaseCosignerPostMessage>? Cosigners { get; set; }

    public LeaseRentPostMessage? Rent { get; set; }

    public LeaseSecurityDepositPostMessage? SecurityDeposit { get; set; }

    public decimal? ProratedFirstMonthRent { get; set; }

    public decimal? ProratedLastMonthRent { get; set; }
}
