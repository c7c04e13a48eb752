namespace PropertyManager.Data.Integration;

/// <summary>
/// A local change Buildium could not accept (a field it cannot write once the record exists there, or a kind it
/// cannot create or update). Thrown by <see cref="OutboxInterceptor"/> before anything is saved; the message is
/// written for the manager who made the change.
/// </summary>
public sealed class SyncRuleViolationException : Exception
{
    public SyncRuleViolationException()
    {
    }

    public SyncRuleViolationException(string message)
        : base(message)
    {
    }

    public SyncRuleViolationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The <see cref="SyncEntityTypes"/> value of the refused record.</summary>
    public string? Kind { get; init; }

    /// <summary>The entity properties that may not change, when a field rule was broken.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];
}
