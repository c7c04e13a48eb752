using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeasePostMessage" schema (shared/buildium/openapi.json).
internal sealed class LeasePostMessage
{
    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.LeaseType))]
    public string? LeaseType { get; set; }

    [Required]
    public int? UnitId { get; set; }

    [Required]
    public DateOnly? LeaseFromDate { get; set; }

    public DateOnly? LeaseToDate { get; set; }

    [Required]
    public bool? SendWelcomeEmail { get; set; }

    public List<RentalTenantPutMessage>? Tenants { get; set; }

    public List<int>? TenantIds { get; set; }

    public List<int>? ApplicantIds { get; set; }

    public List<LeaseCosignerPostMessage>? Cosigners { get; set; }

    public LeaseRentPostMessage? Rent { get; set; }

    public LeaseSecurityDepositPostMessage? SecurityDeposit { get; set; }

    public double? ProratedFirstMonthRent { get; set; }

    public double? ProratedLastMonthRent { get; set; }
}
