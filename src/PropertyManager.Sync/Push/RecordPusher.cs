using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.Json;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Engine;

namespace PropertyManager.Sync.Push;

/// <summary>
/// Pushes one queued record through its kind's push (<see cref="SyncKind.Push"/>, written on <see cref="KindPush"/> in the
/// kind's area folder) and returns the record's Buildium id; the runner records the outcome.
/// </summary>
public sealed class RecordPusher(AppDbContext db, BuildiumClient client, BuildiumSerializer serializer, TimeProvider time)
{
    internal AppDbContext Db => db;

    internal BuildiumClient Client => client;

    internal BuildiumSerializer Serializer => serializer;

    internal TimeProvider Time => time;

    public Task<int> PushAsync(PushItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return SyncCatalog.Find(item.Kind) is { Push: { } push } kind && kind.Name == item.Kind
            ? push(this, item, cancellationToken)
            : throw new PushRejectedException(
                $"Pushing {SyncFieldRules.For(item.Kind)?.Noun ?? item.Kind} records to Buildium is not supported yet; make the change in Buildium and sync.");
    }

    /// <summary>Writes the Buildium id onto the local row with SQL, so the outbox does not queue the record again.</summary>
    internal Task StoreBuildiumIdAsync(string kind, Guid entityId, int buildiumId, CancellationToken cancellationToken) =>
        BuildiumIdLinks.StoreAsync(db, kind, entityId, buildiumId, cancellationToken);
}
