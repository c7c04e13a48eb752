namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BankAccountMessage" schema (shared/buildium/openapi.json).
internal sealed class BankAccountMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public GLAccountMessage? GLAccount { get; set; }

    public CheckPrintingInfoMessage? CheckPrintingInfo { get; set; }

    public ElectronicPaymentsMessage? ElectronicPayments { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? BankAccountType { get; set; }

    public string? Country { get; set; }

    public string? AccountNumber { get; set; }

    public string? RoutingNumber { get; set; }

    public bool? IsActive { get; set; }

    public double? Balance { get; set; }

    public string? AccountNumberUnmasked { get; set; }
}
