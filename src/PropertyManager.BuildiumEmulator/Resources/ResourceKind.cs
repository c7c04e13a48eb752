using System.Text.Json;
using System.Text.Json.Nodes;
using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.Resources;

/// <summary>
/// One Buildium resource kind: its store, its 404 text, its webhook event names and ids, and its read
/// projection. Every create, update and delete (API or admin) goes through here, which stamps the
/// internal last-updated time and fires the webhook.
/// </summary>
internal abstract class ResourceKind<T>(ResourceContext context) : IResourceKind
    where T : class, IBuildiumRecord
{
    protected ResourceContext Context { get; } = context;

    protected EmulatorData Data => Context.Data;

    public abstract string Name { get; }

    public abstract string NotFoundMessage { get; }

    public abstract RecordStore<T> Store { get; }

    public int Count => Store.Count;

    /// <summary>Entity part of the webhook event name ("Rental"), or null where Buildium sends no events.</summary>
    protected virtual string? WebhookEntity => null;

    /// <summary>The shape the API returns; kinds that store references resolve them here.</summary>
    public virtual object ToResponse(StoredRecord<T> record) => record.Value;

    public StoredRecord<T> Get(int id) => Store.Find(id) ?? throw BuildiumApiException.NotFound(NotFoundMessage);

    public StoredRecord<T> Add(T value, int parentId = 0)
    {
        var id = Store.NextId();
        value.Id = id;
        var now = Context.UtcNow;
        Stamp(value, now, created: true);
        var record = new StoredRecord<T>(id, ParentIdOf(value) ?? parentId, value, now);
        Store.Put(record);
        OnStored(record, null);
        Publish("Created", record);
        return record;
    }

    public StoredRecord<T> Replace(int id, T value, bool publish = true)
    {
        var existing = Get(id);
        value.Id = id;
        var now = Context.UtcNow;
        Stamp(value, now, created: false);
        var record = new StoredRecord<T>(id, ParentIdOf(value) ?? existing.ParentId, value, now);
        Store.Put(record);
        OnStored(record, existing);
        if (publish)
        {
            Publish("Updated", record);
        }

        return record;
    }

    public bool Delete(int id)
    {
        var removed = Store.Remove(id);
        if (removed is null)
        {
            return false;
        }

        OnDeleted(removed);
        Publish("Deleted", removed);
        return true;
    }

    public IReadOnlyList<int> Ids() => [.. Store.All().Select(r => r.Id)];

    public JsonObject? GetJson(int id) =>
        Store.Find(id) is { } record ? JsonSerializer.SerializeToNode(ToResponse(record), BuildiumJson.Options)!.AsObject() : null;

    /// <summary>The record as stored: write-only fields included, nothing masked or resolved (tests compare it whole).</summary>
    public JsonObject? GetStoredJson(int id) =>
        Store.Find(id) is { } record ? JsonSerializer.SerializeToNode(record.Value, BuildiumJson.StoreOptions)!.AsObject() : null;

    public JsonObject? MergeJson(int id, JsonObject changes)
    {
        if (Store.Find(id) is not { } record)
        {
            return null;
        }

        var node = JsonSerializer.SerializeToNode(record.Value, BuildiumJson.StoreOptions)!.AsObject();
        JsonMerge.Apply(node, changes);
        var merged = node.Deserialize<T>(BuildiumJson.StoreOptions)
            ?? throw BuildiumApiException.BadRequest("Body", "The merged record is empty.");
        Replace(id, merged);
        return GetJson(id);
    }

    /// <summary>
    /// Changes a derived field (a count, an occupancy flag) without touching the last-updated time or firing a
    /// webhook, since the user did not edit this record.
    /// </summary>
    public void ReplaceDerived(int id, Func<T, T?> change)
    {
        if (Store.Find(id) is { } record && change(record.Value) is { } value)
        {
            Store.Put(record with { Value = value });
        }
    }

    /// <summary>Deep copy (values are immutable once stored, so updates start from a copy).</summary>
    protected static T Clone(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(value, BuildiumJson.StoreOptions), BuildiumJson.StoreOptions)!;

    /// <summary>Cheap copy for read projections that swap one reference (e.g. a resolved GL account).</summary>
    protected static T ShallowCopy(T value) => ObjectCopier.Shallow(value);

    /// <summary>Parent (for per-parent lists and counts) derived from the value; null keeps the given or current parent.</summary>
    protected virtual int? ParentIdOf(T value) => null;

    /// <summary>Sets timestamps that the read model exposes (CreatedDateTime/LastUpdatedDateTime).</summary>
    protected virtual void Stamp(T value, DateTime utcNow, bool created)
    {
    }

    protected virtual void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<T> record)
    {
    }

    /// <summary>Keeps derived data of other kinds (counts, occupancy) in step after an add or replace.</summary>
    protected virtual void OnStored(StoredRecord<T> record, StoredRecord<T>? previous)
    {
    }

    protected virtual void OnDeleted(StoredRecord<T> record)
    {
    }

    private void Publish(string operation, StoredRecord<T> record)
    {
        if (WebhookEntity is null)
        {
            return;
        }

        var webhookEvent = Context.Webhooks.Begin(WebhookEntity, operation);
        if (webhookEvent is not null)
        {
            AddWebhookIds(webhookEvent, record);
            Context.Webhooks.Publish(webhookEvent);
        }
    }
}
