using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Leases;

/// <summary>
/// Buildium <c>LeaseRenewalPostMessage</c> (write shape). There is no start date: the new term starts the day after
/// the lease's current end. <c>LeaseToDate</c> is required for <c>Fixed</c> and <c>FixedWithRollover</c>; at least one
/// tenant goes in <c>TenantIds</c> or <c>Tenants</c>.
/// </summary>
public sealed class LeaseRenewalPostMessage
{
    public required BuildiumEnumValue<LeaseType> LeaseType { get; set; }

    public DateOnly? LeaseToDate { get; set; }

    public bool? AutomaticallyMoveOutTenants { get; set; }

    public required LeaseRentPostMessage Rent { get; set; }

    public List<LeaseCosignerPostMessage>? Cosigners { get; set; }

    public List<int>? TenantIds { get; set; }

    /// <summary>New tenants (Buildium's <c>RentalTenantRenewalPostMessage</c> has the tenant PUT's fields).</summary>
    public List<RentalTenantPutMessage>? Tenants { get; set; }

    public required bool SendWelcomeEmail { get; set; }

    public List<int>? RecurringChargesToStop { get; set; }

    public List<ChargeRecurringTransactionPostMessage>? RecurringChargesToCreate { get; set; }

    public List<ChargeRecurringTransactionPutMessage>? RecurringChargesToUpdate { get; set; }
}
