namespace PropertyManager.Sync.Webhooks;

/// <summary>
/// A Buildium webhook entity (the <c>Entity</c> of <c>Entity.Operation</c>) and the payload field holding the id of the
/// record to re-read (NOTES.md §7). A child's event names its parent (re-read through the parent's list endpoint) and,
/// in <paramref name="ChildIdField"/>, the child itself.
/// </summary>
/// <param name="IdArray">The id field is an array of ids (only Buildium's <c>Bill.Payment</c> <c>BillIds</c>).</param>
public sealed record WebhookRoute(string Entity, string IdField, string? ChildIdField = null, bool IdArray = false);
