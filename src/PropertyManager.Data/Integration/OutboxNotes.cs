namespace PropertyManager.Data.Integration;

/// <summary>
/// Prefixes the push writes at the start of <c>buildium_sync_status.error_message</c>, before Buildium's own message.
/// The documented table has no columns for attempts or retry times, and adding some would break conformance with
/// the schema document, so the push keeps that bookkeeping here (see <c>PushAttemptNote</c> in the Sync project).
/// </summary>
public static class OutboxNotes
{
    /// <summary>
    /// A create whose POST may or may not have reached Buildium. The note survives later local edits (the outbox
    /// interceptor keeps it), because the next push must look the record up before it may POST again.
    /// </summary>
    public const string OutcomeUnknownPrefix = "[outcome unknown";
}
