namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "TaskHistoryUserMessage" schema (shared/buildium/openapi.json).
internal sealed class TaskHistoryUserMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Href { get; set; }

    public string? UserType { get; set; }
}
