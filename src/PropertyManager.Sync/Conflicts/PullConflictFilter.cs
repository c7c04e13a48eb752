using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Json;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.SyncState;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Conflicts;

/// <summary>
/// The pull's guard for local changes not yet pushed. Before a batch is upserted, each incoming record whose local
/// row is still queued (status not <c>synced</c>) is merged field by field against the last synced payload: fields
/// only the app changed keep the local value (the push will send them), fields only Buildium changed take Buildium's,
/// and fields both changed go to <see cref="ConflictPolicy"/>'s winner, the loser's values recorded in
/// <c>sync_conflicts</c>. Runs inside the batch's transaction, so the upsert, the conflict and the status agree.
/// </summary>
public sealed class PullConflictFilter(AppDbContext db, TimeProvider time)
{
    // Only to read stored payloads back; the same converters as the client, without its unknown-value log.
    private static readonly JsonSerializerOptions s_json = BuildiumJson.CreateOptions();

    /// <summary>Adjusts <paramref name="rows"/>' entities in place so the upsert keeps local changes that win.</summary>
    public async Task FilterAsync<TDto, TEntity>(
        string kind, string keyProperty, Action<TDto, TEntity> map, IReadOnlyList<(TDto Dto, TEntity Entity)> rows,
        IReadOnlyList<(int Id, byte[] Payload)> incoming, CancellationToken cancellationToken)
        where TEntity : class, new()
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(incoming);
        if (SyncFieldRules.For(typeof(TEntity)) is not { } rule || rows.Count == 0)
        {
            return;
        }

        var ids = incoming.Select(i => (int?)i.Id).ToList();
        var queued = await db.SyncStatuses.AsNoTracking()
            .Where(s => s.EntityType == kind && s.SyncStatus != SyncStates.Synced && ids.Contains(s.BuildiumId))
            .Select(s => new { s.Id, BuildiumId = s.BuildiumId!.Value })
            .ToListAsync(cancellationToken);
        if (queued.Count == 0)
        {
            return;
        }

        var queuedIds = queued.Select(q => q.BuildiumId).ToList();
        var locals = (await db.Set<TEntity>().AsNoTracking().Where(ByBuildiumId<TEntity>(keyProperty, queuedIds)).ToListAsync(cancellationToken))
            .ToDictionary(e => Convert.ToInt32(typeof(TEntity).GetProperty(keyProperty)!.GetValue(e), System.Globalization.CultureInfo.InvariantCulture));
        var bases = await db.SyncRecords.AsNoTracking()
            .Where(r => r.Kind == kind && queuedIds.Contains(r.BuildiumId))
            .ToDictionaryAsync(r => r.BuildiumId, r => r.Payload, cancellationToken);
        var entityType = db.Model.FindEntityType(typeof(TEntity))!;
        var fields = FieldMerge.ComparedFields(entityType, rule);

        var recorded = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var buildiumId = incoming[i].Id;
            if (!locals.TryGetValue(buildiumId, out var mine))
            {
                continue;
            }

            var theirs = rows[i].Entity;
            TEntity? @base = null;
            if (bases.GetValueOrDefault(buildiumId) is { } payload && SensitivePayload.Unprotect(payload).Deserialize<TDto>(s_json) is { } baseDto)
            {
                @base = new TEntity();
                map(baseDto, @base);
            }

            var incomingJson = incoming[i].Payload;
            var (keep, _, merge) = ThreeWayMerge.Resolve(
                db, time, kind, buildiumId, SyncEntityIds.Of(mine), fields, mine, theirs, @base, () => JsonSerializer.Deserialize<JsonElement>(incomingJson));
            recorded |= merge.Contested.Count > 0;

            FieldMerge.Copy(fields, keep, mine, theirs);
            if (keep.Count == 0 && merge.LocalChanged.Count > 0)
            {
                // Nothing of the local change survives (Buildium won, or both made the same change): nothing left to push.
                var statusId = queued.First(q => q.BuildiumId == buildiumId).Id;
                var now = time.GetUtcNow();
                await db.SyncStatuses.Where(s => s.Id == statusId).ExecuteUpdateAsync(
                    s => s.SetProperty(x => x.SyncStatus, SyncStates.Synced).SetProperty(x => x.ErrorMessage, (string?)null)
                        .SetProperty(x => x.LastSyncedAt, now).SetProperty(x => x.UpdatedAt, now),
                    cancellationToken);
            }
        }

        if (recorded)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary><c>e =&gt; ids.Contains((int?)e.Key)</c> for a key that is <c>int</c> or <c>int?</c>.</summary>
    internal static Expression<Func<TEntity, bool>> ByBuildiumId<TEntity>(string keyProperty, IReadOnlyCollection<int> ids)
    {
        var parameter = Expression.Parameter(typeof(TEntity), "e");
        Expression key = Expression.Property(parameter, keyProperty);
        if (key.Type != typeof(int?))
        {
            key = Expression.Convert(key, typeof(int?));
        }

        var values = ids.Select(id => (int?)id).ToList();
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int?)], Expression.Constant(values), key);
        return Expression.Lambda<Func<TEntity, bool>>(contains, parameter);
    }
}
