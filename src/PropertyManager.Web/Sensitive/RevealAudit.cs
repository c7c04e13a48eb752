namespace PropertyManager.Web.Sensitive;

/// <summary>
/// The audit line of a reveal: who saw which field of which record, never the value. A category of its own, so the
/// audit trail can be routed or kept longer than the rest of the log by configuration alone.
/// </summary>
public sealed partial class RevealAudit(ILogger<RevealAudit> logger)
{
    public void Revealed(string? user, string field, Guid recordId) => LogRevealed(logger, user ?? "(unknown)", field, recordId);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Audit: {User} revealed {Field} of record {RecordId}")]
    private static partial void LogRevealed(ILogger logger, string user, string field, Guid recordId);
}
