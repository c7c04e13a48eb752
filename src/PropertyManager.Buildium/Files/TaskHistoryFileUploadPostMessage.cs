namespace PropertyManager.Buildium.Files;

/// <summary>Buildium <c>TaskHistoryFileUploadPostMessage</c> (write shape).</summary>
public sealed class TaskHistoryFileUploadPostMessage
{
    public required string FileName { get; set; }
}
