using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.GlAccounts;

/// <summary>/v1/glaccounts. Sub-accounts hang one level below a parent (the parent id is the store's parent index).</summary>
internal sealed class GlAccountsResource(ResourceContext context) : ResourceKind<GLAccountMessage>(context), IEndpointModule
{
    private const string BasePath = "/v1/glaccounts";

    public override string Name => "glaccounts";

    public override string NotFoundMessage => "No general ledger account found with the id.";

    public override RecordStore<GLAccountMessage> Store => Data.GlAccounts;

    protected override string WebhookEntity => "GLAccount";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<GLAccountMessage>
        {
            Kind = this,
            Filters = [ListFilters.EnumIn<GLAccountMessage>("accounttypes", BuildiumEnums.GLAccountType, g => g.Type)],
        };
        app.MapList(BasePath, view);
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
        app.MapCreate<GLAccountMessage, GLAccountPostMessage>(BasePath, view, Create);
        app.MapUpdate<GLAccountMessage, GLAccountPutMessage>($"{BasePath}/{ResourceEndpoints.IdRoute}", view, Update);
    }

    public override object ToResponse(StoredRecord<GLAccountMessage> record) => Resolve(record.Id)!;

    /// <summary>The full account as other resources embed it (bank accounts, bill lines), with its sub-accounts.</summary>
    public GLAccountMessage? Resolve(int id)
    {
        if (Store.Find(id) is not { } record)
        {
            return null;
        }

        var account = ShallowCopy(record.Value);
        account.SubAccounts = [.. Store.ChildrenOf(id).Select(child => child.Value)];
        return account;
    }

    protected override int? ParentIdOf(GLAccountMessage value) => value.ParentGLAccountId ?? 0;

    protected override void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<GLAccountMessage> record) => webhookEvent.With("GLAccountId", record.Id);

    private GLAccountMessage Create(GLAccountPostMessage body, HttpContext http)
    {
        Check(body.Name!, body.AccountNumber, body.SubType, body.IsCashAsset, body.IsContraAccount, body.CashFlowClassification, body.ParentGLAccountId, exceptId: null);
        return Map(new GLAccountMessage
        {
            IsDefaultGLAccount = false,
            DefaultAccountName = null,
            IsBankAccount = false,
            ExcludeFromCashBalances = false,
            IsActive = true,
            IsCreditCardAccount = false,
            SubAccounts = [],
            IsCashAsset = body.IsCashAsset,
        }, body.Name, body.AccountNumber, body.Description, body.SubType, body.IsContraAccount, body.CashFlowClassification, body.ParentGLAccountId);
    }

    private GLAccountMessage Update(StoredRecord<GLAccountMessage> existing, GLAccountPutMessage body, HttpContext http)
    {
        Check(body.Name!, body.AccountNumber, body.SubType, body.IsCashAsset, body.IsContraAccount, body.CashFlowClassification, body.ParentGLAccountId, existing.Id);
        var account = ShallowCopy(existing.Value);

        // Write-only: a PUT without it clears it, as Buildium does.
        account.IsCashAsset = body.IsCashAsset;
        return Map(account, body.Name, body.AccountNumber, body.Description, body.SubType, body.IsContraAccount, body.CashFlowClassification, body.ParentGLAccountId);
    }

    private static GLAccountMessage Map(GLAccountMessage account, string? name, string? accountNumber, string? description, string? subType, bool? isContra, string? cashFlow, int? parentId)
    {
        account.Name = name;
        account.AccountNumber = accountNumber;
        account.Description = description;
        account.SubType = subType;
        account.Type = GlAccountTypes.FromSubType(subType);
        account.IsContraAccount = isContra ?? false;
        account.CashFlowClassification = cashFlow;
        account.ParentGLAccountId = parentId;
        account.SubAccounts = [];
        return account;
    }

    private void Check(string name, string? accountNumber, string? subType, bool? isCashAsset, bool? isContra, string? cashFlow, int? parentId, int? exceptId)
    {
        var errors = new WriteErrors();
        var others = Store.All().Where(g => g.Id != exceptId).ToList();
        errors.When(others.Any(g => string.Equals(g.Value.Name, name, StringComparison.OrdinalIgnoreCase)), "Name", "The name must be unique across all general ledger accounts.");
        errors.When(
            accountNumber is not null && others.Any(g => string.Equals(g.Value.AccountNumber, accountNumber, StringComparison.OrdinalIgnoreCase)),
            "AccountNumber",
            "The account number must be unique across all general ledger accounts.");
        errors.When(isCashAsset is not null && subType != "CurrentAsset", "IsCashAsset", "IsCashAsset can only have a value if SubType is CurrentAsset.");
        errors.When(isCashAsset == true && isContra is not null, "IsContraAccount", "IsContraAccount must be null when IsCashAsset is true.");
        errors.When(isCashAsset == true && cashFlow is not null, "CashFlowClassification", "CashFlowClassification must be null when IsCashAsset is true.");
        if (parentId is { } id)
        {
            var parent = Store.Find(id);
            errors.When(parent is null, "ParentGLAccountId", $"No general ledger account found with the id {id}.");
            errors.When(parent is not null && parent.Value.ParentGLAccountId is not null, "ParentGLAccountId", "Sub-accounts can only be one level deep.");
            errors.When(parent is not null && parent.Value.Type != GlAccountTypes.FromSubType(subType), "ParentGLAccountId", "A sub-account must have the same type as its parent.");
            errors.When(id == exceptId, "ParentGLAccountId", "An account cannot be its own parent.");
        }

        errors.ThrowIfAny();
    }
}
