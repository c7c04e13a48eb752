namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "ElectronicPaymentsMessage" schema (shared/buildium/openapi.json).
internal sealed class ElectronicPaymentsMessage
{
    public double? DebitTransactionLimit { get; set; }

    public double? CreditTransactionLimit { get; set; }

    public double? DebitMonthlyLimit { get; set; }

    public double? CreditMonthlyLimit { get; set; }

    public double? ResidentEFTConvienceFeeAmount { get; set; }

    public double? ResidentCreditCardConvenienceFeeAmount { get; set; }

    public double? CreditCardServiceFeePercentage { get; set; }

    public bool? IsCreditCardServiceFeePaidByResident { get; set; }
}
