namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>TaskHistoryPutMessage</c> (write shape).</summary>
public sealed class TaskHistoryPutMessage
{
    public required string Message { get; set; }
}
