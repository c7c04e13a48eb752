using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Push;
using PropertyManager.Sync.Webhooks;

namespace PropertyManager.Sync.Catalog;

/// <summary>
/// One synced kind, stated once: its pull (Buildium client calls, mapping to local, parents), its push (null: changes
/// are made in Buildium and pulled), the webhook events that name it, and the endpoint the client caches for it. The
/// engine derives the pull and push order, the push dispatch, the webhook routes and the cache invalidation from
/// <see cref="SyncCatalog"/>.
/// </summary>
public sealed record SyncKind(IPullKind Pull)
{
    /// <summary>The kind's name, as in <c>buildium_sync_status.entity_type</c> (e.g. <c>unit</c>).</summary>
    public string Name => Pull.Name;

    public IncrementalFilter Filter => Pull.Filter;

    /// <summary>Read with a call per parent (payments, history, files, lease ledgers), not from a list of its own.</summary>
    public bool ReadUnderParents => Pull.Filter == IncrementalFilter.Child;

    /// <summary>Sends one queued record to Buildium and returns its Buildium id (null: not pushed).</summary>
    public Func<RecordPusher, PushItem, CancellationToken, Task<int>>? Push { get; init; }

    /// <summary>The Buildium webhook entities whose events re-read records of this kind.</summary>
    public IReadOnlyList<WebhookRoute> Webhooks { get; init; } = [];

    /// <summary>
    /// For a kind Buildium lists only under a parent (bill payments under their bill): the parent's kind. A webhook
    /// naming such a record names its parent, whose children are then re-read; reconcile reads the children of every
    /// parent.
    /// </summary>
    public string? ParentKind => Pull.ParentKind;

    /// <summary>
    /// For a child kind, how many parents a run will read it under, known once the parents were read (for the run's
    /// ETA). Default: the parent kind's records that changed in the run or whose children are due
    /// (<see cref="PullContext.AddChildrenDueAsync"/>).
    /// </summary>
    public Func<PullContext, int>? ParentsToRead { get; init; }

    /// <summary>
    /// Kinds a webhook re-reads together with this one: those without events of their own (a history entry's files) or
    /// that mirror the same Buildium record (every GL account is also a bill category).
    /// </summary>
    public IReadOnlyList<string> ReadWith { get; init; } = [];

    /// <summary>The endpoint the client caches for this kind (a <c>BuildiumCachedEndpoints</c> entry), invalidated after a webhook re-read.</summary>
    public string? CachedEndpoint { get; init; }
}
