using PropertyManager.Buildium.GlAccounts;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Banking;

/// <summary>Buildium <c>BankAccountMessage</c> (read shape).</summary>
public sealed class BankAccountMessage
{
    public int Id { get; set; }

    public GLAccountMessage? GLAccount { get; set; }

    public CheckPrintingInfoMessage? CheckPrintingInfo { get; set; }

    public ElectronicPaymentsMessage? ElectronicPayments { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    // A plain string in Buildium's read model ("Checking" or "Savings"); typed here so it round-trips to the write enum.
    public BuildiumEnumValue<BankAccountType>? BankAccountType { get; set; }

    public string? Country { get; set; }

    public string? AccountNumber { get; set; }

    public string? RoutingNumber { get; set; }

    public bool IsActive { get; set; }

    public decimal Balance { get; set; }

    public string? AccountNumberUnmasked { get; set; }
}
