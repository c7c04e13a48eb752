namespace PropertyManager.Web.Webhooks;

/// <summary>The 200 body: which stored event this delivery is, and whether it had been stored before.</summary>
public sealed record WebhookAnswer(string EventId, bool Duplicate);
