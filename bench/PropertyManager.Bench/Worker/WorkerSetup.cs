namespace PropertyManager.Bench.Worker;

/// <summary>The first line a sync worker reads on stdin: where the database and the emulator are, and the client's limits.</summary>
internal sealed record WorkerSetup(
    string ConnectionString,
    string BaseUrl,
    string ClientId,
    string ClientSecret,
    int RequestsPerSecond,
    int MaxConcurrentRequests);
