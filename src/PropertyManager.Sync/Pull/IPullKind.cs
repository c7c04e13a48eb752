namespace PropertyManager.Sync.Pull;

/// <summary>One entity kind's pull from Buildium into its local table.</summary>
public interface IPullKind
{
    /// <summary>The kind's name, as in <c>buildium_sync_status.entity_type</c> (e.g. <c>unit</c>).</summary>
    string Name { get; }

    IncrementalFilter Filter { get; }

    /// <summary>For a kind Buildium lists only under a parent (bill payments under their bill): the parent's kind.</summary>
    string? ParentKind { get; }

    Task PullAsync(PullContext context, PullWindow window, KindCounts counts, CancellationToken cancellationToken);

    /// <summary>Re-reads one record; one that Buildium no longer has is marked inactive locally.</summary>
    Task PullOneAsync(PullContext context, int buildiumId, KindCounts counts, CancellationToken cancellationToken);

    /// <summary>Reads everything Buildium has of this kind and compares it, column by column, with the local rows.</summary>
    Task<Reconcile.KindReconciliation> ReconcileAsync(PullContext context, CancellationToken cancellationToken);
}
