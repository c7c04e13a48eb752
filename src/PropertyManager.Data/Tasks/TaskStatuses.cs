namespace PropertyManager.Data.Tasks;

/// <summary>Buildium's task and work-order statuses, stored as their names.</summary>
public static class TaskStatuses
{
    public const string New = "New";
    public const string InProgress = "InProgress";
    public const string Completed = "Completed";
    public const string Deferred = "Deferred";
    public const string Closed = "Closed";

    public static IReadOnlyList<string> All { get; } = [New, InProgress, Completed, Deferred, Closed];

    /// <summary>Statuses that still need work.</summary>
    public static IReadOnlyList<string> Open { get; } = [New, InProgress, Deferred];
}
