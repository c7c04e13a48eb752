using Microsoft.Extensions.Options;
using PropertyManager.Buildium;
using PropertyManager.Buildium.Caching;
using PropertyManager.Buildium.Client;
using PropertyManager.Data;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Engine;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Reconcile;

/// <summary>Compares both sides kind by kind: counts, ids missing on either side, and records whose columns differ.</summary>
public sealed class Reconciler(PullContextFactory pulls)
{
    public async Task<IReadOnlyList<KindReconciliation>> ReconcileAsync(string? kind, CancellationToken cancellationToken)
    {
        IReadOnlyList<IPullKind> kinds = kind is null
            ? [.. SyncCatalog.Kinds.Select(k => k.Pull)]
            : [SyncCatalog.FindPull(kind) ?? throw new ArgumentException($"Unknown entity kind '{kind}'.", nameof(kind))];
        // Full context: children are compared for every parent, not only changed ones.
        var context = pulls.Create(full: true);
        using var fresh = BuildiumCacheBypass.Begin();
        var results = new List<KindReconciliation>();
        foreach (var k in kinds)
        {
            if (k.Filter == IncrementalFilter.Child)
            {
                // Children are reached through their parents: list every parent as "changed" so the fetch reads all.
                MarkAllParents(context, k.Name);
            }

            results.Add(await k.ReconcileAsync(context, cancellationToken));
        }

        return results;
    }

    private static void MarkAllParents(PullContext context, string childKind)
    {
        var (parentKind, ids) = childKind switch
        {
            "bill_payment" => ("bill", context.Db.Bills.Where(b => b.BuildiumBillId != null).Select(b => b.BuildiumBillId!.Value)),
            "task_history" => ("task", context.Db.Tasks.Where(t => t.BuildiumTaskId != null).Select(t => t.BuildiumTaskId!.Value)),
            "task_history_file" => ("task_history", context.Db.TaskHistory.Where(h => h.BuildiumHistoryId != null).Select(h => h.BuildiumHistoryId!.Value)),
            _ => (childKind, Enumerable.Empty<int>().AsQueryable()),
        };
        context.ChangedIn(parentKind).UnionWith(ids);
    }
}
