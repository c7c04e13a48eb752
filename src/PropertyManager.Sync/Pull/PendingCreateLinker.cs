using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Data.SyncState;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Units;
using PropertyManager.Sync.Conflicts;
using PropertyManager.Sync.Engine;
using PropertyManager.Sync.Push;

namespace PropertyManager.Sync.Pull;

/// <summary>
/// The pull's half of the outcome-unknown create (the push's half is <c>KindPush.CreateOnceAsync</c>): a record
/// Buildium lists that no local row holds yet, but whose natural key is that of a create still queued here, is that
/// create (a POST whose answer was lost, then read back by a pull or a webhook). The queued row gets the Buildium id
/// before the upsert, so the upsert updates it instead of inserting a second row that would collide with it on a unique
/// key (a unit number per property, a category name) or duplicate it. The natural keys are the ones the push's lookup
/// uses. Where the local row still matches what Buildium holds it is synced; where it was edited since the POST it stays
/// queued, now as an update, and the pull's conflict filter keeps the local values for that push.
/// </summary>
public sealed class PendingCreateLinker(AppDbContext db, TimeProvider time)
{
    private static readonly Dictionary<string, string[]> s_naturalKeys = new(StringComparer.Ordinal)
    {
        [SyncEntityTypes.GlAccount] = [nameof(Data.GlAccounts.GlAccount.Name)],
        [SyncEntityTypes.BankAccount] = [nameof(Data.BankAccounts.BankAccount.Name)],
        [SyncEntityTypes.Property] = [nameof(Property.Name)],
        [SyncEntityTypes.Unit] = [nameof(Unit.PropertyId), nameof(Unit.UnitNumber)],
        [SyncEntityTypes.Owner] = [nameof(Owner.FirstName), nameof(Owner.LastName), nameof(Owner.CompanyName), nameof(Owner.Email)],
        [SyncEntityTypes.VendorCategory] = [nameof(Data.Vendors.VendorCategory.Name)],
        [SyncEntityTypes.Vendor] = [nameof(Data.Vendors.Vendor.Name)],
        [SyncEntityTypes.Bill] = [nameof(Bill.VendorId), nameof(Bill.ReferenceNumber), nameof(Bill.Date), nameof(Bill.Amount)],
        [SyncEntityTypes.BillPayment] = [nameof(BillPayment.BillId), nameof(BillPayment.Date), nameof(BillPayment.Amount), nameof(BillPayment.ReferenceNumber)],
        [SyncEntityTypes.TaskCategory] = [nameof(TaskCategory.Name)],
        [SyncEntityTypes.Task] = [nameof(MaintenanceTask.Subject), nameof(MaintenanceTask.PropertyId), nameof(MaintenanceTask.UnitId)],
    };

    /// <summary>Links the queued creates among <paramref name="incoming"/> (mapped, parents resolved) inside the batch's transaction.</summary>
    public async Task LinkAsync<TEntity>(string kind, string keyProperty, IReadOnlyList<TEntity> incoming, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (!s_naturalKeys.TryGetValue(kind, out var naturalKey) || incoming.Count == 0 || SyncFieldRules.For(typeof(TEntity)) is not { } rule)
        {
            return;
        }

        var notes = await db.SyncStatuses.AsNoTracking()
            .Where(s => s.EntityType == kind && s.SyncStatus != SyncStates.Synced && s.EntityId != null)
            .Select(s => new { EntityId = s.EntityId!.Value, s.ErrorMessage })
            .ToDictionaryAsync(s => s.EntityId, s => s.ErrorMessage, cancellationToken);
        var queued = notes.Keys.ToList();
        if (queued.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(TEntity))!;
        var key = typeof(TEntity).GetProperty(keyProperty)!;
        var keyParts = naturalKey.Select(n => typeof(TEntity).GetProperty(n)!).ToList();
        var candidates = (await db.Set<TEntity>().AsNoTracking().Where(e => queued.Contains(EF.Property<Guid>(e, "Id"))).ToListAsync(cancellationToken))
            .Where(e => !SyncEntityIds.IsBuildiumId(BuildiumId(key.GetValue(e))))
            .ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var matches = new List<(TEntity Local, TEntity Theirs, int BuildiumId)>();
        foreach (var theirs in incoming)
        {
            var match = candidates.FirstOrDefault(mine => keyParts.All(p => Same(p.GetValue(mine), p.GetValue(theirs))));
            if (match is not null && BuildiumId(key.GetValue(theirs)) is { } buildiumId)
            {
                candidates.Remove(match);
                matches.Add((match, theirs, buildiumId));
            }
        }

        if (matches.Count == 0)
        {
            return;
        }

        // A Buildium id some local row already holds is that row's record, not the queued create's.
        var held = (await db.Set<TEntity>().AsNoTracking()
                .Where(PullConflictFilter.ByBuildiumId<TEntity>(keyProperty, [.. matches.Select(m => m.BuildiumId)]))
                .ToListAsync(cancellationToken))
            .Select(e => BuildiumId(key.GetValue(e)))
            .ToHashSet();
        var fields = FieldMerge.ComparedFields(entityType, rule);
        var now = time.GetUtcNow();
        foreach (var (local, theirs, buildiumId) in matches.Where(m => !held.Contains(m.BuildiumId)))
        {
            var entityId = SyncEntityIds.Of(local);
            await BuildiumIdLinks.StoreAsync(db, kind, entityId, buildiumId, cancellationToken);
            if (PushAttemptNote.IsOutcomeUnknown(notes.GetValueOrDefault(entityId)))
            {
                await RememberSentAsync(kind, entityId, local, now, cancellationToken);
            }

            var edited = FieldMerge.Compare(fields, local, theirs, @base: null).LocalChanged.Count > 0;
            await (edited
                ? BuildiumIdLinks.QueueUpdateAsync(db, kind, entityId, buildiumId, now, cancellationToken)
                : BuildiumIdLinks.MarkSyncedAsync(db, kind, entityId, buildiumId, now, cancellationToken));
        }
    }

    /// <summary>The write-only values the lost POST sent (as <c>RecordPusher</c> records them after a create), so a later update can send them again.</summary>
    private async Task RememberSentAsync(string kind, Guid entityId, object local, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (kind == SyncEntityTypes.Owner)
        {
            await WriteOnlyMemory.RememberAsync(db, kind, entityId, WriteOnlyFields.OwnerDateOfBirth, null, now, cancellationToken);
        }
        else if (local is Data.GlAccounts.GlAccount account
            && !await db.WriteOnlyValues.AnyAsync(v => v.Kind == kind && v.EntityId == entityId && v.Field == WriteOnlyFields.GlAccountIsCashAsset, cancellationToken))
        {
            // Without a chosen value the POST said "not a cash asset" (RecordPusher's create).
            var (_, sent) = KindPush.CashAsset(account, null, null, new WriteOnlyValue { Value = KindPush.CashAssetJson(false) });
            await WriteOnlyMemory.RememberAsync(db, kind, entityId, WriteOnlyFields.GlAccountIsCashAsset, KindPush.CashAssetJson(sent), now, cancellationToken);
        }
    }

    private static int? BuildiumId(object? value) => value is null ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);

    /// <summary>As the push's lookup compares: text trimmed and without case (an empty text is no text), anything else equal.</summary>
    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (string or null, string or null) => string.Equals(
            (a as string)?.Trim() is { Length: > 0 } x ? x : null, (b as string)?.Trim() is { Length: > 0 } y ? y : null, StringComparison.OrdinalIgnoreCase),
        _ => Equals(a, b),
    };
}
