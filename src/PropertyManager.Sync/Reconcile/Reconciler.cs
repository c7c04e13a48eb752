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
        IReadOnlyList<SyncKind> kinds = kind is null
            ? SyncCatalog.Kinds
            : [SyncCatalog.Find(kind) ?? throw new ArgumentException($"Unknown entity kind '{kind}'.", nameof(kind))];
        // Full context: children are compared for every parent, not only changed ones (or due ones, for the ledgers).
        var context = pulls.Create(full: true, allChildren: true);
        using var fresh = BuildiumCacheBypass.Begin();
        var results = new List<KindReconciliation>();
        foreach (var k in kinds)
        {
            if (k.ParentKind is { } parentKind)
            {
                // Children are reached through their parents: list every parent as "changed" so the fetch reads all.
                await context.MarkAllChangedAsync(parentKind, cancellationToken);
            }

            results.Add(await k.Pull.ReconcileAsync(context, cancellationToken));
        }

        return results;
    }
}
