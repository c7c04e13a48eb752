using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Banking;

/// <summary>Buildium <c>BankAccountPostMessage</c> (write shape).</summary>
public sealed class BankAccountPostMessage
{
    public CheckPrintingInfoPostMessage? CheckPrintingInfo { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public required BuildiumEnumValue<BankAccountType> BankAccountType { get; set; }

    public required string Country { get; set; }

    public string? AccountNumber { get; set; }

    public string? RoutingNumber { get; set; }
}
