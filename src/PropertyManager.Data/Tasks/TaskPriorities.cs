namespace PropertyManager.Data.Tasks;

/// <summary>Buildium's task and work-order priorities, stored as their names.</summary>
public static class TaskPriorities
{
    public const string Low = "Low";
    public const string Normal = "Normal";
    public const string High = "High";

    public static IReadOnlyList<string> All { get; } = [Low, Normal, High];
}
