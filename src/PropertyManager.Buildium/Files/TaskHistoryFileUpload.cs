namespace PropertyManager.Buildium.Files;

/// <summary>
/// Result of the two-step upload. <see cref="File"/> is null when Buildium has not listed the file yet
/// (the id is not returned by the upload itself); look it up later by <see cref="PhysicalFileName"/>.
/// </summary>
public sealed record TaskHistoryFileUpload(string PhysicalFileName, FileMessage? File);
