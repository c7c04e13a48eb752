using System.Diagnostics;
using System.Globalization;
using PropertyManager.Bench.Reporting;
using PropertyManager.Bench.Worker;

namespace PropertyManager.Bench.Infrastructure;

/// <summary>
/// What the scenarios share: the options, the database cluster, the emulators (started on first use: the large one
/// takes a while to seed), the result table, and a database already holding a full large sync when one exists.
/// </summary>
internal sealed class BenchContext(BenchOptions options, BenchDatabases databases) : IAsyncDisposable
{
    /// <summary>As high as the client allows: with the emulator's limit off, nothing should throttle.</summary>
    public const int UnthrottledRequestsPerSecond = 100_000;

    /// <summary>Buildium's documented limit, and the client's default.</summary>
    public const int DocumentedRequestsPerSecond = 10;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, EmulatorProcess> _emulators = new(StringComparer.Ordinal);

    public BenchOptions Options { get; } = options;
    public BenchDatabases Databases { get; } = databases;
    public ResultTable Results { get; } = new();

    /// <summary>A database holding a complete full sync of the large seed (kept by full-large for incremental).</summary>
    public string? SyncedLargeDatabase { get; set; }

    /// <summary>API calls of the full large syncs (<c>sync --full</c>), for the incremental scenario's comparison.</summary>
    public List<EmulatorStatsSnapshot> LargeFullSyncCalls { get; } = [];

    /// <summary>The collector the sync workers ran under (the app's, see AppRuntime.props, unless <c>DOTNET_gcServer</c> says otherwise).</summary>
    public string WorkerGc { get; set; } = "workstation GC";

    /// <summary>Median peak working set per seed size, for the memory-flatness comparison.</summary>
    public Dictionary<string, IReadOnlyList<double>> PeakWorkingSets { get; } = new(StringComparer.Ordinal);

    public async Task<EmulatorProcess> EmulatorAsync(string seedSize, CancellationToken cancellationToken)
    {
        if (!_emulators.TryGetValue(seedSize, out var emulator))
        {
            Log($"starting the emulator ({seedSize} seed, rate limit off)");
            _emulators[seedSize] = emulator = await EmulatorProcess.StartAsync(Options.EmulatorPath, seedSize, rateLimit: false, cancellationToken);
            var counts = await emulator.CountsAsync(cancellationToken);
            Log($"emulator pid {emulator.ProcessId} ready: {counts.Values.Sum():N0} records ({string.Join(", ", counts.Select(c => $"{c.Key} {c.Value:N0}"))})");
        }

        return emulator;
    }

    public static WorkerSetup Setup(EmulatorProcess emulator, string connectionString, bool rateLimited) =>
        Setup(emulator, connectionString, rateLimited ? DocumentedRequestsPerSecond : UnthrottledRequestsPerSecond);

    public static WorkerSetup Setup(EmulatorProcess emulator, string connectionString, int requestsPerSecond) => new(
        connectionString,
        emulator.BaseAddress.ToString(),
        emulator.ClientId,
        emulator.ClientSecret,
        requestsPerSecond,
        MaxConcurrentRequests: 10);

    public void Log(string message) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_clock.Elapsed:mm\\:ss}] {message}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var emulator in _emulators.Values)
        {
            await emulator.DisposeAsync();
        }

        await Databases.DisposeAsync();
    }
}
