namespace PropertyManager.Sync.Webhooks;

/// <summary>A stored event this processor holds the row lock of until its batch commits.</summary>
public sealed record ClaimedWebhookEvent(Guid Id, string? EventType, string? EventData, int RetryCount, int MaxRetries);
