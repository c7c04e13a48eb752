namespace PropertyManager.Buildium.ApiLog;

/// <summary>
/// A raw attempt as captured on the call path. Masking, truncation and hashing happen on the
/// background writer so they never slow the HTTP call down.
/// </summary>
internal sealed record BuildiumApiLogEntry(
    DateTimeOffset Timestamp,
    string Method,
    Uri? RequestUri,
    string? RequestBody,
    string? RequestContentType,
    long? RequestContentLength,
    int? ResponseStatus,
    string? ResponseBody,
    string? ResponseContentType,
    string? ErrorMessage,
    long DurationMs);
