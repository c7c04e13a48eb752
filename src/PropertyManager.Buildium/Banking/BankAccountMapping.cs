namespace PropertyManager.Buildium.Banking;

/// <summary>Copies a bank account as read into the full PUT message.</summary>
public static class BankAccountMapping
{
    public static BankAccountPutMessage ToPutMessage(this BankAccountMessage account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var check = account.CheckPrintingInfo;
        return new BankAccountPutMessage
        {
            CheckPrintingInfo = new CheckPrintingInfoPutMessage
            {
                EnableRemoteCheckPrinting = check?.EnableRemoteCheckPrinting ?? false,
                EnableLocalCheckPrinting = check?.EnableLocalCheckPrinting ?? false,
                CheckLayoutType = check?.CheckLayoutType ?? default,
                SignatureHeading = check?.SignatureHeading,
                FractionalNumber = check?.FractionalNumber,
                BankInformationLine1 = check?.BankInformationLine1,
                BankInformationLine2 = check?.BankInformationLine2,
                BankInformationLine3 = check?.BankInformationLine3,
                BankInformationLine4 = check?.BankInformationLine4,
                BankInformationLine5 = check?.BankInformationLine5,
                CompanyInformationLine1 = check?.CompanyInformationLine1,
                CompanyInformationLine2 = check?.CompanyInformationLine2,
                CompanyInformationLine3 = check?.CompanyInformationLine3,
                CompanyInformationLine4 = check?.CompanyInformationLine4,
                CompanyInformationLine5 = check?.CompanyInformationLine5,
            },
            Name = account.Name ?? string.Empty,
            Description = account.Description,
            BankAccountType = account.BankAccountType ?? default,
            Country = account.Country ?? string.Empty,
            // The read AccountNumber is masked; writing it back would corrupt the number.
            AccountNumber = account.AccountNumberUnmasked,
            RoutingNumber = account.RoutingNumber,
        };
    }
}
