namespace PropertyManager.Buildium.ApiLog;

/// <summary>
/// An attempt as captured on the call path, its bodies already masked and size-limited (streamed, which costs less
/// than holding a large body until the background writer gets to it).
/// </summary>
internal sealed record BuildiumApiLogEntry(
    DateTimeOffset Timestamp,
    string Method,
    Uri? RequestUri,
    string? RequestBody,
    int? ResponseStatus,
    string? ResponseBody,
    string? ErrorMessage,
    long DurationMs);
