using Microsoft.Extensions.Options;
using PropertyManager.Buildium;
using PropertyManager.Buildium.Client;
using PropertyManager.Data;
using PropertyManager.Sync.Engine;

namespace PropertyManager.Sync.Pull;

/// <summary>The one place a <see cref="PullContext"/> is built: a sync run, a reconciliation and the webhook processor ask it.</summary>
public sealed class PullContextFactory(
    AppDbContext db, BuildiumClient client, BulkUpserter upserter, SyncRecordStore records, IOptions<BuildiumOptions> buildium, IOptions<SyncOptions> sync)
{
    /// <param name="full">A full run re-reads and re-writes every record; incremental skips unchanged ones.</param>
    /// <param name="parents">A lookup shared across contexts (the webhook processor's targets); null: a fresh one.</param>
    public PullContext Create(bool full, ParentLookup? parents = null, bool allChildren = false) =>
        new(db, client, upserter, parents ?? new ParentLookup(db), records, full, buildium.Value.MaxConcurrentRequests)
        {
            AllChildren = allChildren,
            ChildCommitInterval = sync.Value.ChildCommitInterval,
        };
}
