using PropertyManager.Buildium.Errors;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Webhooks;

/// <summary>
/// Re-reads what one target names through the sync's own kinds, so a webhook writes exactly what a sync run would:
/// same mappers, same hash skip (an event caused by our own push finds nothing to change), same deactivation on 404.
/// </summary>
internal static class WebhookTargetPull
{
    public static async Task PullAsync(PullContext context, WebhookTarget target, IReadOnlyCollection<int> deletedChildren, CancellationToken cancellationToken)
    {
        var counts = new KindCounts();
        var kind = SyncCatalog.Find(target.Kind) ?? throw new InvalidOperationException($"No sync kind '{target.Kind}'.");
        if (kind.ParentKind is { } parentKind)
        {
            // The target's id is its parent's: the parent's children are re-read.
            await PullChildrenAsync(context, parentKind, target.Id, [kind.Name, .. kind.ReadWith], counts, cancellationToken);
        }
        else
        {
            foreach (var name in (string[])[kind.Name, .. kind.ReadWith])
            {
                await Kind(name).PullOneAsync(context, target.Id, counts, cancellationToken);
            }

            await SyncCatalog.PullChildrenOfChangedAsync(context, kind.Name, _ => counts, cancellationToken);
        }

        if (deletedChildren.Count > 0)
        {
            // The parent's list no longer holds them; the rows stay (never a hard delete), their synced state says gone.
            await context.Records.MarkDeletedAsync(target.Kind, deletedChildren, cancellationToken);
        }
    }

    /// <summary>Children of one parent, read through the child kinds' own fetch (which reads the parents marked as changed).</summary>
    private static async Task PullChildrenAsync(
        PullContext context, string parentKind, int parentId, string[] childKinds, KindCounts counts, CancellationToken cancellationToken)
    {
        // Out of order: a child's event may come before its parent's; read the parent first so the child links to it.
        if (await context.Parents.FindAsync(SyncFieldRules.For(parentKind)!.EntityType, parentId, cancellationToken) is null)
        {
            await Kind(parentKind).PullOneAsync(context, parentId, counts, cancellationToken);
        }

        context.ChangedIn(parentKind).Add(parentId);
        try
        {
            foreach (var childKind in childKinds)
            {
                await Kind(childKind).PullAsync(context, PullWindow.Everything, counts, cancellationToken);
            }
        }
        catch (Exception ex) when (IsNotFound(ex))
        {
            // The parent is gone in Buildium: re-reading it marks it inactive.
            await Kind(parentKind).PullOneAsync(context, parentId, counts, cancellationToken);
        }
    }

    private static IPullKind Kind(string name) =>
        SyncCatalog.FindPull(name) ?? throw new InvalidOperationException($"No sync kind '{name}'.");

    private static bool IsNotFound(Exception? ex) => ex switch
    {
        null => false,
        BuildiumNotFoundException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsNotFound),
        _ => IsNotFound(ex.InnerException),
    };
}
