using System.Diagnostics;
using PropertyManager.Buildium.ApiLog;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Runs;

namespace PropertyManager.Bench.Worker;

/// <summary>
/// Passes the runner's reports on to the <see cref="KindTimer"/> and, four times a second, takes the ETA the console
/// would show (<see cref="SyncEta"/> from the same counters); notes when every list kind has been read.
/// </summary>
internal sealed class EtaSampler(KindTimer timer, BuildiumCallCounter calls, int pageSize) : IProgress<IReadOnlyDictionary<string, KindCounts>>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly long _callsAtStart = calls.Attempts;
    private readonly List<EtaSample> _samples = [];
    private readonly SyncCallRate _rate = new();
    private volatile IReadOnlyDictionary<string, KindCounts>? _kinds;

    public IReadOnlyList<EtaSample> Samples => _samples;

    public ListsDone? ListsDone { get; private set; }

    public void Report(IReadOnlyDictionary<string, KindCounts> value)
    {
        timer.Report(value);
        _kinds = value;
        var lists = SyncCatalog.PullOrder.Where(k => !k.ReadUnderParents).Select(k => k.Name).ToList();
        if (ListsDone is null && lists.All(k => value.TryGetValue(k, out var c) && (c.Done || c.Failed > 0)))
        {
            ListsDone = new ListsDone(_clock.Elapsed.TotalSeconds, calls.Attempts - _callsAtStart);
        }
    }

    public async Task SampleUntilAsync(Task run, CancellationToken cancellationToken)
    {
        while (!run.IsCompleted)
        {
            if (_kinds is { } kinds)
            {
                var eta = SyncEta.Estimate(kinds, calls.Attempts - _callsAtStart, _clock.Elapsed, pageSize, _rate);
                _samples.Add(new EtaSample(_clock.Elapsed.TotalSeconds, eta.TimeLeft?.TotalSeconds, eta.CallsDone, eta.TotalCallsLeft));
            }

            await Task.WhenAny(run, Task.Delay(250, cancellationToken));
        }
    }
}
