using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Banking;
using PropertyManager.Buildium.GlAccounts;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Data.SyncState;
using PropertyManager.Sync.Push;

namespace PropertyManager.Sync.Accounting;

/// <summary>
/// GL accounts and bank accounts. Their Buildium id columns are NOT NULL, so a new one carries a negative placeholder
/// (<see cref="SyncEntityIds.Placeholder"/>) until Buildium's id replaces it.
/// </summary>
internal sealed class AccountingPush(RecordPusher pusher) : KindPush(pusher)
{
    internal async Task<int> PushGlAccountAsync(PushItem item, CancellationToken cancellationToken)
    {
        var account = await Db.GlAccounts.AsNoTracking().SingleOrDefaultAsync(g => g.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (SyncEntityIds.IsBuildiumId(account.BuildiumGlAccountId))
        {
            var id = account.BuildiumGlAccountId;
            var known = await KnownAsync(item.Kind, account.Id, WriteOnlyFields.GlAccountIsCashAsset, cancellationToken);
            var current = await Client.GlAccounts.GetAsync(id, cancellationToken);
            var merged = await MergeAsync(item, account, id, current, GlAccountMapper.ToLocal, cancellationToken);
            var (isKnown, cashAsset) = CashAsset(merged, current.CashFlowClassification?.Value, current.IsContraAccount, known);
            if (!isKnown)
            {
                throw new PushRejectedException(UnknownCashAsset);
            }

            var put = current.ToPutMessage();
            GlAccountMapper.ApplyTo(merged, put, cashAsset);
            await Client.GlAccounts.ReplaceAsync(id, put, cancellationToken);
            await RememberAsync(item.Kind, account.Id, WriteOnlyFields.GlAccountIsCashAsset, CashAssetJson(cashAsset), cancellationToken);
            return id;
        }

        if (account.BuildiumParentGlAccountId is < 0)
        {
            throw Waiting("parent GL account");
        }

        // A new account is this app's to define: the value chosen for it, else "not a cash asset". Buildium holds it
        // after the POST, or after the earlier POST an outcome-unknown lookup finds.
        var knownCash = await KnownAsync(item.Kind, account.Id, WriteOnlyFields.GlAccountIsCashAsset, cancellationToken);
        var (_, newCashAsset) = CashAsset(account, null, null, knownCash ?? new WriteOnlyValue { Value = CashAssetJson(false) });

        // Buildium keeps both the name and the account number unique, so either finds the account an earlier POST made.
        var created = await CreateOnceAsync(
            item,
            async () => GlAccountMapper.Flatten(await Client.GlAccounts.ListAsync(cancellationToken: cancellationToken).ToListAsync(cancellationToken))
                .Where(g => Matches(g.Name, account.Name) || (account.AccountNumber is not null && Matches(g.AccountNumber, account.AccountNumber)))
                .Select(g => (int?)g.Id)
                .FirstOrDefault(),
            async () => (await Client.GlAccounts.CreateAsync(GlAccountMapper.ToPost(account, newCashAsset), cancellationToken)).Id);
        await RememberAsync(item.Kind, account.Id, WriteOnlyFields.GlAccountIsCashAsset, CashAssetJson(newCashAsset), cancellationToken);
        return created;
    }

    /// <summary>
    /// Buildium creates a bank account's cash GL account itself; the local row keeps the GL account it was saved with
    /// until the pull that follows the push points it at Buildium's.
    /// </summary>
    internal async Task<int> PushBankAccountAsync(PushItem item, CancellationToken cancellationToken)
    {
        var account = await Db.BankAccounts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (SyncEntityIds.IsBuildiumId(account.BuildiumBankId))
        {
            var id = account.BuildiumBankId;
            var current = await Client.BankAccounts.GetAsync(id, cancellationToken);
            var merged = await MergeAsync(item, account, id, current, BankAccountMapper.ToLocal, cancellationToken);
            var put = current.ToPutMessage();
            BankAccountMapper.ApplyTo(merged, put);
            await Client.BankAccounts.ReplaceAsync(id, put, cancellationToken);
            return id;
        }

        return await CreateOnceAsync(
            item,
            async () => await Client.BankAccounts.ListAsync(new BankAccountListFilter { BankName = account.Name }, cancellationToken)
                .Where(b => Matches(b.Name, account.Name) && Matches(b.RoutingNumber, account.RoutingNumber))
                .Select(b => (int?)b.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await Client.BankAccounts.CreateAsync(BankAccountMapper.ToPost(account), cancellationToken)).Id);
    }
}
