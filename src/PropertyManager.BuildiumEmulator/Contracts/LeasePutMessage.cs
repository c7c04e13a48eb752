using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeasePutMessage" schema (shared/buildium/openapi.json).
internal sealed class LeasePutMessage
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
    public bool? IsEvictionPending { get; set; }

    public bool? AutomaticallyMoveOutTenants { get; set; }
}
