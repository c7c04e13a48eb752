using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.Json;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.SyncState;
using PropertyManager.Sync.Conflicts;
using PropertyManager.Sync.Engine;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Push;

/// <summary>
/// The steps every kind's push is written with (an area's <c>*Push</c> class derives from it): a POST for a record
/// Buildium does not have yet that never duplicates (<see cref="CreateOnceAsync"/>), else read the current record on the
/// typed client, merge (<see cref="MergeAsync"/>), apply the merged record to the full current values and replace them,
/// merged field by field with Buildium's changes since the last sync (<see cref="FieldMerge"/>, <see cref="ConflictPolicy"/>).
/// </summary>
public abstract partial class KindPush(RecordPusher pusher)
{
    protected AppDbContext Db { get; } = pusher.Db;

    protected BuildiumClient Client { get; } = pusher.Client;

    protected BuildiumSerializer Serializer { get; } = pusher.Serializer;

    protected TimeProvider Time { get; } = pusher.Time;

    /// <summary>A create that never duplicates: when an earlier POST's outcome is unknown, adopt what Buildium already has.</summary>
    protected static async Task<int> CreateOnceAsync(PushItem item, Func<Task<int?>> find, Func<Task<int>> create)
    {
        if (item.OutcomeUnknown && await find() is { } existing)
        {
            return existing;
        }

        return await create();
    }

    /// <summary>
    /// Merges the local record with Buildium's current version (just read) for a PUT: Buildium's changes since the last
    /// sync are kept, the local ones sent; a field both changed goes to the policy's winner and becomes a
    /// <see cref="SyncConflict"/> (added to the context, saved with the outcome).
    /// </summary>
    /// <param name="readBase">
    /// Reads the stored base payload when the pull stored it in another shape than <typeparamref name="TRead"/> (a child
    /// kind's <see cref="Pull.ChildRecord{T}"/>).
    /// </param>
    protected async Task<TEntity> MergeAsync<TEntity, TRead>(
        PushItem item, TEntity mine, int buildiumId, TRead current, Action<TRead, TEntity> toLocal, CancellationToken cancellationToken,
        Func<JsonDocument, TRead?>? readBase = null)
        where TEntity : class, new()
    {
        var rule = SyncFieldRules.For(typeof(TEntity))!;
        var entityType = Db.Model.FindEntityType(typeof(TEntity))!;
        var fields = FieldMerge.ComparedFields(entityType, rule);
        var basePayload = await BasePayloadAsync(item.Kind, buildiumId, cancellationToken);
        var theirs = new TEntity();
        toLocal(current, theirs);
        TEntity? @base = null;
        if (basePayload is not null && (readBase is null ? basePayload.Deserialize<TRead>(Serializer.Options) : readBase(basePayload)) is { } baseMessage)
        {
            @base = new TEntity();
            toLocal(baseMessage, @base);
        }

        var (_, buildiumWins, _) = ThreeWayMerge.Resolve(
            Db, Time, item.Kind, buildiumId, item.EntityId, fields, mine, theirs, @base, () => JsonSerializer.SerializeToElement(current, Serializer.Options));
        var merged = FieldMerge.Clone(entityType, mine);
        FieldMerge.Copy(fields, buildiumWins, theirs, merged);
        return merged;
    }

    /// <summary>The record as last synced (the pull's stored payload, decrypted), or null when no pull stored it.</summary>
    protected async Task<JsonDocument?> BasePayloadAsync(string kind, int buildiumId, CancellationToken cancellationToken) =>
        await Db.SyncRecords.AsNoTracking()
            .Where(r => r.Kind == kind && r.BuildiumId == buildiumId)
            .Select(r => r.Payload)
            .SingleOrDefaultAsync(cancellationToken) is { } stored ? SensitivePayload.Unprotect(stored) : null;

    protected async Task<TRead?> BaseAsync<TRead>(string kind, int buildiumId, CancellationToken cancellationToken)
        where TRead : class =>
        (await BasePayloadAsync(kind, buildiumId, cancellationToken))?.Deserialize<TRead>(Serializer.Options);

    /// <summary>Writes the Buildium id onto the local row with SQL, so the outbox does not queue the record again.</summary>
    protected Task StoreBuildiumIdAsync(string kind, Guid entityId, int buildiumId, CancellationToken cancellationToken) =>
        BuildiumIdLinks.StoreAsync(Db, kind, entityId, buildiumId, cancellationToken);

    /// <summary>Marks a record pushed along with its parent (a unit created with its property).</summary>
    protected Task<int> MarkSyncedAsync(string kind, Guid entityId, int buildiumId, CancellationToken cancellationToken) =>
        BuildiumIdLinks.MarkSyncedAsync(Db, kind, entityId, buildiumId, Time.GetUtcNow(), cancellationToken);

    protected static PushDeferredException Waiting(string what) => new($"Waiting for its {what} to be created in Buildium.");

    protected static InvalidOperationException Gone(PushItem item) =>
        new($"The {SyncFieldRules.For(item.Kind)?.Noun ?? item.Kind} {item.EntityId} queued for Buildium no longer exists locally.");

    protected static bool Matches(string? a, string? b) =>
        string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    protected static PushRejectedException SystemCategory(string kind, string? name) =>
        new($"The {kind} category '{name}' is one of Buildium's system categories, which cannot be renamed.");
}
