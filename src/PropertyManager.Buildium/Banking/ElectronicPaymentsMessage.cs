namespace PropertyManager.Buildium.Banking;

/// <summary>Buildium <c>ElectronicPaymentsMessage</c> (read shape).</summary>
public sealed class ElectronicPaymentsMessage
{
    public decimal DebitTransactionLimit { get; set; }

    public decimal CreditTransactionLimit { get; set; }

    public decimal DebitMonthlyLimit { get; set; }

    public decimal CreditMonthlyLimit { get; set; }

    public decimal? ResidentEFTConvienceFeeAmount { get; set; }

    public decimal? ResidentCreditCardConvenienceFeeAmount { get; set; }

    public decimal? CreditCardServiceFeePercentage { get; set; }

    public bool? IsCreditCardServiceFeePaidByResident { get; set; }
}
