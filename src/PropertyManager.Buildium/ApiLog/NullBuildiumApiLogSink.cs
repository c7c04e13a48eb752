namespace PropertyManager.Buildium.ApiLog;

/// <summary>Default sink that discards entries, used until the host registers a real one.</summary>
public sealed class NullBuildiumApiLogSink : IBuildiumApiLogSink
{
    public Task WriteBatchAsync(IReadOnlyList<BuildiumApiCall> calls, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => Task.CompletedTask;
}
