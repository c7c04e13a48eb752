using PropertyManager.Buildium.Client;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Conflicts;
using PropertyManager.Sync.Engine;

namespace PropertyManager.Sync.Pull;

/// <summary>Everything one run's pulls share: the database, the client, lookups, and what changed so far.</summary>
public sealed class PullContext(
    AppDbContext db, BuildiumClient client, BulkUpserter upserter, ParentLookup parents, SyncRecordStore records, bool full, int childConcurrency = 1)
{
    private readonly Dictionary<string, HashSet<int>> _changed = new(StringComparer.Ordinal);
    private PullConflictFilter? _conflicts;
    private PendingCreateLinker? _pendingCreates;

    public AppDbContext Db { get; } = db;
    public BuildiumClient Client { get; } = client;
    public BulkUpserter Upserter { get; } = upserter;
    public ParentLookup Parents { get; } = parents;
    public SyncRecordStore Records { get; } = records;

    /// <summary>Keeps local changes not yet pushed from being overwritten, and records conflicts (see the class).</summary>
    public PullConflictFilter Conflicts => _conflicts ??= new PullConflictFilter(Db, TimeProvider.System);

    /// <summary>Links records whose create was queued here and whose POST answer was lost, instead of inserting them twice.</summary>
    public PendingCreateLinker PendingCreates => _pendingCreates ??= new PendingCreateLinker(Db, TimeProvider.System);

    /// <summary>A full run re-reads and re-writes every record (repairing local drift); incremental skips unchanged ones.</summary>
    public bool Full { get; } = full;

    /// <summary>
    /// Children (payments, history, files) are re-read under every parent read, not only under those Buildium changed:
    /// the complete, expensive re-read (<c>sync --full --children</c>).
    /// </summary>
    public bool AllChildren { get; init; }

    /// <summary>How many parents' children are read at once (the client's concurrency limit).</summary>
    public int ChildConcurrency { get; } = childConcurrency;

    /// <summary>The counts of the child kind being pulled, for <see cref="ChildFetch"/>'s progress (null for list kinds).</summary>
    public KindCounts? Progress { get; set; }

    /// <summary>
    /// The parents of the child kind being pulled whose children were all handed to the writer (null for list kinds):
    /// marked read once their batch is committed.
    /// </summary>
    public ChildReadMarks? ChildReads { get; set; }

    /// <summary>How often a child read commits and marks its parents done, batch full or not (<c>Sync:ChildCommitInterval</c>).</summary>
    public TimeSpan ChildCommitInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Fires when other work waits for the run (a push, the scheduled run): child reads then stop after the parents in
    /// flight, and the next run carries on from the parents marked done. Never fires for a run from the command line.
    /// </summary>
    public CancellationToken Pause { get; set; }

    /// <summary>Per-run memo for lookups a kind needs more than once (e.g. task category names).</summary>
    public Dictionary<string, object> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>Counts every known record of <paramref name="kind"/> as changed, so its children are read under all of them.</summary>
    public async Task MarkAllChangedAsync(string kind, CancellationToken cancellationToken) =>
        ChangedIn(kind).UnionWith(await Parents.KnownIdsAsync(SyncFieldRules.For(kind)!.EntityType, cancellationToken));

    /// <summary>
    /// Adds to <see cref="ChangedIn"/> the records of <paramref name="kind"/> whose children were never read completely
    /// against their current state (a run stopped part-way, a parent changed while its children were not read): the
    /// children are read under those, and no others unless they changed in this run.
    /// </summary>
    public async Task AddChildrenDueAsync(string kind, CancellationToken cancellationToken) =>
        ChangedIn(kind).UnionWith(await Records.ChildrenDueAsync(kind, cancellationToken));

    /// <summary>
    /// Buildium ids of records of <paramref name="kind"/> created or changed in this run, and of those whose children are
    /// due (<see cref="AddChildrenDueAsync"/>): the parents whose children are read.
    /// </summary>
    public HashSet<int> ChangedIn(string kind)
    {
        if (!_changed.TryGetValue(kind, out var ids))
        {
            _changed[kind] = ids = [];
        }

        return ids;
    }
}
