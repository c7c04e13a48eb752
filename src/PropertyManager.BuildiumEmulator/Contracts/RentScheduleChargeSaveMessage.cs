using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "RentScheduleChargePostMessage" and "RentScheduleChargePutMessage" schemas, which are identical.
internal sealed class RentScheduleChargeSaveMessage
{
    [Required]
    public int? GlAccountId { get; set; }

    [Required]
    public double? Amount { get; set; }

    public string? Memo { get; set; }

    public int? PostDaysInAdvance { get; set; }

    [Required]
    public DateOnly? NextDueDate { get; set; }
}
