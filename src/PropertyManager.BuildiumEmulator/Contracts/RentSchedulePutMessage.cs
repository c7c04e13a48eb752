using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "RentSchedulePutMessage" schema (shared/buildium/openapi.json).
internal sealed class RentSchedulePutMessage
{
    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.RentScheduleCycle))]
    public string? RentCycle { get; set; }

    [Required]
    public bool? BackdateCharges { get; set; }

    [Required]
    public List<RentScheduleChargeSaveMessage>? Charges { get; set; }
}
