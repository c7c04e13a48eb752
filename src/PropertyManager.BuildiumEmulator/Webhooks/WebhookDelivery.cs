namespace PropertyManager.BuildiumEmulator.Webhooks;

/// <summary>One delivery attempt, kept for the admin endpoint so tests can see retries and failures.</summary>
internal sealed record WebhookDelivery(
    string EventName,
    string Body,
    int Attempt,
    int? StatusCode,
    string? Error,
    DateTime SentAtUtc);
