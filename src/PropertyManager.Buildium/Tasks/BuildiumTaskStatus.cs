namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium task status (named to avoid System.Threading.Tasks.TaskStatus).</summary>
public enum BuildiumTaskStatus
{
    New,
    InProgress,
    Completed,
    Deferred,
    Closed,
}
