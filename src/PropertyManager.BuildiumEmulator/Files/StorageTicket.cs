namespace PropertyManager.BuildiumEmulator.Files;

/// <summary>
/// A short-lived upload or download grant, standing in for Buildium's S3 presigned URLs (valid 5 minutes).
/// Uploads remember where the file goes and which headers the client must echo back.
/// </summary>
internal sealed record StorageTicket(
    bool IsUpload,
    DateTime ExpiresUtc,
    string PhysicalFileName,
    string? FileName = null,
    int TaskId = 0,
    int TaskHistoryId = 0,
    IReadOnlyDictionary<string, string>? RequiredHeaders = null);
