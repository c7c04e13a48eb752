using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.Vendors;

/// <summary>
/// Copies vendors and vendor categories as read into their PUT messages, bridging Buildium's read/write
/// differences: <c>ExpenseGLAccountId</c>→<c>ExpenseGlAccountId</c>, <c>TaxPayerIdType</c>→<c>TaxPayerType</c>,
/// the phone array→slots, and the insurance expiration date-time→date.
/// </summary>
public static class VendorMapping
{
    public static VendorPutMessage ToPutMessage(this VendorMessage vendor)
    {
        ArgumentNullException.ThrowIfNull(vendor);
        return new VendorPutMessage
        {
            FirstName = vendor.FirstName,
            LastName = vendor.LastName,
            IsCompany = vendor.IsCompany,
            CompanyName = vendor.CompanyName,
            PrimaryEmail = vendor.PrimaryEmail,
            AlternateEmail = vendor.AlternateEmail,
            PhoneNumbers = vendor.PhoneNumbers.ToPhoneNumbersMessage(),
            Address = vendor.Address.ToOptionalSaveAddress(),
            CategoryId = vendor.Category?.Id ?? 0,
            ExpenseGlAccountId = vendor.ExpenseGLAccountId,
            AccountNumber = vendor.AccountNumber,
            Website = vendor.Website,
            VendorInsurance = vendor.VendorInsurance is { } insurance
                ? new VendorInsuranceSaveMessage
                {
                    Provider = insurance.Provider,
                    PolicyNumber = insurance.PolicyNumber,
                    ExpirationDate = insurance.ExpirationDate is { } expires ? DateOnly.FromDateTime(expires.DateTime) : null,
                }
                : null,
            Comments = vendor.Comments,
            TaxInformation = vendor.TaxInformation is { } tax
                ? new TaxInformationSaveMessage
                {
                    TaxPayerId = tax.TaxPayerId,
                    TaxPayerType = tax.TaxPayerIdType,
                    TaxPayerName1 = tax.TaxPayerName1,
                    TaxPayerName2 = tax.TaxPayerName2,
                    IncludeIn1099 = tax.IncludeIn1099,
                    Address = tax.Address.ToOptionalSaveAddress(),
                }
                : null,
        };
    }

    public static VendorCategorySaveMessage ToPutMessage(this VendorCategoryMessage category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return new VendorCategorySaveMessage { Name = category.Name ?? string.Empty };
    }
}
