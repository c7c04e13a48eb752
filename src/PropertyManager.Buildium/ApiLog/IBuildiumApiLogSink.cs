namespace PropertyManager.Buildium.ApiLog;

/// <summary>
/// Where API log entries go (the host implements it on <c>buildium_api_log</c>). Resolved from a fresh
/// DI scope per batch, so a scoped implementation over a DbContext is fine.
/// </summary>
public interface IBuildiumApiLogSink
{
    Task WriteBatchAsync(IReadOnlyList<BuildiumApiCall> calls, CancellationToken cancellationToken);

    Task PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
