using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.GlAccounts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.Banking;

/// <summary>/v1/bankaccounts. Creating one also creates its cash GL account, as Buildium does.</summary>
internal sealed class BankAccountsResource(ResourceContext context, GlAccountsResource glAccounts) : ResourceKind<BankAccountMessage>(context), IEndpointModule
{
    private const string BasePath = "/v1/bankaccounts";

    public override string Name => "bankaccounts";

    public override string NotFoundMessage => "No bank account found with the id.";

    public override RecordStore<BankAccountMessage> Store => Data.BankAccounts;

    protected override string WebhookEntity => "BankAccount";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<BankAccountMessage>
        {
            Kind = this,
            Filters =
            [
                ListFilters.EnumEquals<BankAccountMessage>("bankaccountstatus", ["Active", "InActive"], b => b.IsActive == true ? "Active" : "InActive"),
                ListFilters.Contains<BankAccountMessage>("bankname", b => [b.Name]),
                ListFilters.Custom<BankAccountMessage>(query => QueryReader.TextSet(query, "routingnumbers") is { } numbers ? b => b.RoutingNumber is { } n && numbers.Contains(n) : null),
            ],
        };
        app.MapList(BasePath, view);
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
        app.MapCreate<BankAccountMessage, BankAccountPostMessage>(BasePath, view, Create);
        app.MapUpdate<BankAccountMessage, BankAccountPutMessage>($"{BasePath}/{ResourceEndpoints.IdRoute}", view, Update);
    }

    /// <summary>Account numbers are shown masked except for the last four digits.</summary>
    public static string? Mask(string? accountNumber) =>
        accountNumber is null ? null : new string('x', Math.Max(0, accountNumber.Length - 4)) + accountNumber[Math.Max(0, accountNumber.Length - 4)..];

    public static CheckPrintingInfoMessage DefaultCheckPrinting() => new()
    {
        EnableRemoteCheckPrinting = false,
        EnableLocalCheckPrinting = false,
        CheckLayoutType = "Voucher2StubBottomMemo1Signature",
    };

    public static ElectronicPaymentsMessage DefaultElectronicPayments() => new()
    {
        DebitTransactionLimit = 0,
        CreditTransactionLimit = 0,
        DebitMonthlyLimit = 0,
        CreditMonthlyLimit = 0,
    };

    public override object ToResponse(StoredRecord<BankAccountMessage> record)
    {
        var account = ShallowCopy(record.Value);
        account.GLAccount = record.Value.GLAccount?.Id is { } glId ? glAccounts.Resolve(glId) : null;
        return account;
    }

    protected override void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<BankAccountMessage> record) => webhookEvent.With("BankAccountId", record.Id);

    private BankAccountMessage Create(BankAccountPostMessage body, HttpContext http)
    {
        var glAccount = glAccounts.Add(new GLAccountMessage
        {
            AccountNumber = null,
            Name = body.Name,
            Description = body.Description,
            Type = "Asset",
            SubType = "CurrentAsset",
            IsDefaultGLAccount = false,
            IsContraAccount = false,
            IsBankAccount = true,
            CashFlowClassification = null,
            ExcludeFromCashBalances = false,
            SubAccounts = [],
            IsActive = true,
            IsCreditCardAccount = false,
        });
        var account = Map(new BankAccountMessage { IsActive = true, Balance = 0, ElectronicPayments = DefaultElectronicPayments() }, body.Name, body.Description, body.BankAccountType, body.Country, body.AccountNumber, body.RoutingNumber);
        account.GLAccount = new GLAccountMessage { Id = glAccount.Id };
        account.CheckPrintingInfo = body.CheckPrintingInfo is { } info
            ? CheckPrinting(info.EnableRemoteCheckPrinting, info.EnableLocalCheckPrinting, info.CheckLayoutType, info.SignatureHeading, info.FractionalNumber, info.BankInformationLine1, info.BankInformationLine2, info.BankInformationLine3, info.BankInformationLine4, info.BankInformationLine5, info.CompanyInformationLine1, info.CompanyInformationLine2, info.CompanyInformationLine3, info.CompanyInformationLine4, info.CompanyInformationLine5)
            : DefaultCheckPrinting();
        return account;
    }

    private BankAccountMessage Update(StoredRecord<BankAccountMessage> existing, BankAccountPutMessage body, HttpContext http)
    {
        var account = Map(ShallowCopy(existing.Value), body.Name, body.Description, body.BankAccountType, body.Country, body.AccountNumber, body.RoutingNumber);
        var info = body.CheckPrintingInfo!;
        account.CheckPrintingInfo = CheckPrinting(info.EnableRemoteCheckPrinting, info.EnableLocalCheckPrinting, info.CheckLayoutType, info.SignatureHeading, info.FractionalNumber, info.BankInformationLine1, info.BankInformationLine2, info.BankInformationLine3, info.BankInformationLine4, info.BankInformationLine5, info.CompanyInformationLine1, info.CompanyInformationLine2, info.CompanyInformationLine3, info.CompanyInformationLine4, info.CompanyInformationLine5);
        return account;
    }

    private static BankAccountMessage Map(BankAccountMessage account, string? name, string? description, string? type, string? country, string? accountNumber, string? routingNumber)
    {
        account.Name = name;
        account.Description = description;
        account.BankAccountType = type;
        account.Country = country;
        account.AccountNumber = Mask(accountNumber);
        account.AccountNumberUnmasked = accountNumber;
        account.RoutingNumber = routingNumber;
        return account;
    }

    private static CheckPrintingInfoMessage CheckPrinting(bool? remote, bool? local, string? layout, string? heading, string? fractional, string? bank1, string? bank2, string? bank3, string? bank4, string? bank5, string? company1, string? company2, string? company3, string? company4, string? company5) => new()
    {
        EnableRemoteCheckPrinting = remote ?? false,
        EnableLocalCheckPrinting = local ?? false,
        CheckLayoutType = layout ?? "Voucher2StubBottomMemo1Signature",
        SignatureHeading = heading,
        FractionalNumber = fractional,
        BankInformationLine1 = bank1,
        BankInformationLine2 = bank2,
        BankInformationLine3 = bank3,
        BankInformationLine4 = bank4,
        BankInformationLine5 = bank5,
        CompanyInformationLine1 = company1,
        CompanyInformationLine2 = company2,
        CompanyInformationLine3 = company3,
        CompanyInformationLine4 = company4,
        CompanyInformationLine5 = company5,
    };
}
