using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseRenewalPostMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseRenewalPostMessage
{
    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.LeaseType))]
    public string? LeaseType { get; set; }

    public DateOnly? LeaseToDate { get; set; }

    public bool? AutomaticallyMoveOutTenants { get; set; }

    [Required]
    public LeaseRentPostMessage? Rent { get; set; }

    public List<LeaseCosignerPostMessage>? Cosigners { get; set; }

    public List<int>? TenantIds { get; set; }

    // RentalTenantRenewalPostMessage has the same fields and rules as RentalTenantPutMessage.
    public List<RentalTenantPutMessage>? Tenants { get; set; }

    [Required]
    public bool? SendWelcomeEmail { get; set; }

    public List<int>? RecurringChargesToStop { get; set; }

    // Recurring transactions are not emulated: any entry is refused, so their shape is not modelled.
    public List<JsonElement>? RecurringChargesToCreate { get; set; }

    public List<JsonElement>? RecurringChargesToUpdate { get; set; }
}
