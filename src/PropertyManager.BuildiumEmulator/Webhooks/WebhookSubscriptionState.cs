namespace PropertyManager.BuildiumEmulator.Webhooks;

/// <summary>What the admin endpoint shows of the subscription.</summary>
internal sealed record WebhookSubscriptionState(int ConsecutiveFailures, bool Suspended);
