namespace PropertyManager.Web.Sensitive;

/// <summary>The fields an administrator may reveal, named as the Reveal page and its audit line name them.</summary>
public static class SensitiveField
{
    public const string OwnerTaxId = "owner.tax-id";
    public const string VendorTaxId = "vendor.tax-id";
    public const string BankAccountNumber = "bank-account.account-number";
    public const string BankRoutingNumber = "bank-account.routing-number";
}
