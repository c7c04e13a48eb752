namespace PropertyManager.Data.Owners;

/// <summary>Buildium's tax payer id types, stored in <c>owners.tax_payer_type</c>.</summary>
public static class TaxPayerTypes
{
    public const string Ssn = "SSN";
    public const string Ein = "EIN";
}
