using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseSecurityDepositPostMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseSecurityDepositPostMessage
{
    [Required]
    public DateOnly? DueDate { get; set; }

    [Required]
    public double? Amount { get; set; }
}
