namespace PropertyManager.Sync.Webhooks;

/// <summary>
/// What one event asks to re-read: a record of <paramref name="Kind"/> by its Buildium id, or for child kinds
/// (bill payments, task history) the children of one parent, <paramref name="Id"/> being the parent's id.
/// </summary>
public readonly record struct WebhookTarget(string Kind, int Id);
