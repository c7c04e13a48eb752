using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BankAccountPostMessage" schema (shared/buildium/openapi.json).
internal sealed class BankAccountPostMessage
{
    public CheckPrintingInfoPostMessage? CheckPrintingInfo { get; set; }

    [Required]
    public string? Name { get; set; }

    public string? Description { get; set; }

    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.BankAccountType))]
    public string? BankAccountType { get; set; }

    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.Country))]
    public string? Country { get; set; }

    public string? AccountNumber { get; set; }

    public string? RoutingNumber { get; set; }
}
