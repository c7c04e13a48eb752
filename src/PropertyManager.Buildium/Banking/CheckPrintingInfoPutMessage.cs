using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Banking;

/// <summary>Buildium <c>CheckPrintingInfoPutMessage</c> (write shape).</summary>
public sealed class CheckPrintingInfoPutMessage
{
    public required bool EnableRemoteCheckPrinting { get; set; }

    public required bool EnableLocalCheckPrinting { get; set; }

    public required BuildiumEnumValue<CheckLayoutType> CheckLayoutType { get; set; }

    public string? SignatureHeading { get; set; }

    public string? FractionalNumber { get; set; }

    public string? BankInformationLine1 { get; set; }

    public string? BankInformationLine2 { get; set; }

    public string? BankInformationLine3 { get; set; }

    public string? BankInformationLine4 { get; set; }

    public string? BankInformationLine5 { get; set; }

    public string? CompanyInformationLine1 { get; set; }

    public string? CompanyInformationLine2 { get; set; }

    public string? CompanyInformationLine3 { get; set; }

    public string? CompanyInformationLine4 { get; set; }

    public string? CompanyInformationLine5 { get; set; }
}
