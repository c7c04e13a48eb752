using System.Runtime.CompilerServices;
using PropertyManager.Buildium.Banking;
using PropertyManager.Buildium.Caching;
using PropertyManager.Buildium.GlAccounts;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Webhooks;

namespace PropertyManager.Sync.Accounting;

/// <summary>GL accounts, bank accounts and bill categories (which Buildium models as GL accounts).</summary>
internal static class AccountingKinds
{
    public static SyncKind GlAccounts() => new(new PullKind<GLAccountMessage, GlAccount>
    {
        Name = SyncEntityTypes.GlAccount,
        Filter = IncrementalFilter.None,
        Fetch = (context, _, ct) => AllGlAccountsAsync(context, ct),
        FetchOne = (context, id, ct) => context.Client.GlAccounts.GetAsync(id, ct),
        Id = m => m.Id,
        Map = GlAccountMapper.ToLocal,
        ActiveProperty = nameof(GlAccount.IsActive),
    })
    {
        Push = (pusher, item, ct) => new AccountingPush(pusher).PushGlAccountAsync(item, ct),
        Webhooks = [new WebhookRoute("GLAccount", "GLAccountId")],
        ReadWith = [SyncEntityTypes.BillCategory],
        CachedEndpoint = BuildiumCachedEndpoints.GlAccounts,
    };

    public static SyncKind BankAccounts() => new(new PullKind<BankAccountMessage, BankAccount>
    {
        Name = SyncEntityTypes.BankAccount,
        Filter = IncrementalFilter.None,
        Fetch = (context, _, ct) => context.Client.BankAccounts.ListAsync(cancellationToken: ct),
        FetchOne = (context, id, ct) => context.Client.BankAccounts.GetAsync(id, ct),
        Id = m => m.Id,
        Map = BankAccountMapper.ToLocal,
        Parents = BankAccountMapper.Parents,
        ActiveProperty = nameof(BankAccount.IsActive),
    })
    {
        Push = (pusher, item, ct) => new AccountingPush(pusher).PushBankAccountAsync(item, ct),
        Webhooks = [new WebhookRoute("BankAccount", "BankAccountId")],
    };

    /// <summary>Every GL account can categorise a bill line, so every one is a bill category.</summary>
    public static SyncKind BillCategories() => new(new PullKind<GLAccountMessage, BillCategory>
    {
        Name = SyncEntityTypes.BillCategory,
        Filter = IncrementalFilter.None,
        Fetch = (context, _, ct) => AllGlAccountsAsync(context, ct),
        FetchOne = (context, id, ct) => context.Client.GlAccounts.GetAsync(id, ct),
        Id = m => m.Id,
        Map = BillCategoryMapper.ToLocal,
        ActiveProperty = nameof(BillCategory.IsActive),
    });

    /// <summary>
    /// Top-level accounts with their sub-accounts flattened; the chart of accounts is small enough to hold. GL accounts and
    /// bill categories both read it, so one run lists <c>/v1/glaccounts</c> once and shares the list (the run's memo).
    /// </summary>
    private static async IAsyncEnumerable<GLAccountMessage> AllGlAccountsAsync(PullContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const string Memo = "glaccounts";
        if (!context.Items.TryGetValue(Memo, out var listed))
        {
            var accounts = new List<GLAccountMessage>();
            await foreach (var account in context.Client.GlAccounts.ListAsync(cancellationToken: cancellationToken))
            {
                accounts.Add(account);
            }

            context.Items[Memo] = listed = GlAccountMapper.Flatten(accounts).ToList();
        }

        foreach (var account in (List<GLAccountMessage>)listed)
        {
            yield return account;
        }
    }
}
