namespace PropertyManager.Sync.Webhooks;

/// <summary>What one batch did: events claimed, which ended processed and which failed, and the distinct records re-read.</summary>
public sealed record WebhookBatchResult(int Claimed, IReadOnlyList<Guid> Processed, IReadOnlyList<Guid> Failed, int Reads)
{
    public static WebhookBatchResult Empty { get; } = new(0, [], [], 0);
}
