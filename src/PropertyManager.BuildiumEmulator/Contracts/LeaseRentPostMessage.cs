using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseRentPostMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseRentPostMessage
{
    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.Cycle))]
    public string? Cycle { get; set; }

    [Required]
    public List<LeaseRentChargePostMessage>? Charges { get; set; }
}
