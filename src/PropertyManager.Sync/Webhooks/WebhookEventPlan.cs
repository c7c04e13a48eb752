namespace PropertyManager.Sync.Webhooks;

/// <summary>How the processor handles one event: the records to re-read, or why none (unknown name, malformed payload).</summary>
public sealed record WebhookEventPlan(IReadOnlyList<WebhookTarget> Targets, bool Deleted, int? ChildId, string? Note, bool Malformed)
{
    public static WebhookEventPlan Unknown(string note) => new([], false, null, note, Malformed: false);

    public static WebhookEventPlan Invalid(string note) => new([], false, null, note, Malformed: true);
}
