namespace PropertyManager.Buildium.ApiLog;

/// <summary>
/// One HTTP attempt (retries are separate entries), ready for <c>buildium_api_log</c>. Bodies are
/// valid JSON text (or null) with secrets, tax ids and account numbers already masked.
/// </summary>
public sealed record BuildiumApiCall
{
    public required DateTimeOffset Timestamp { get; init; }

    public required string Method { get; init; }

    /// <summary>Path and query (sensitive query values masked); absolute URL without query for non-Buildium hosts.</summary>
    public required string Endpoint { get; init; }

    public string? RequestBody { get; init; }

    public int? ResponseStatus { get; init; }

    public string? ResponseBody { get; init; }

    public string? ErrorMessage { get; init; }

    public long DurationMs { get; init; }
}
