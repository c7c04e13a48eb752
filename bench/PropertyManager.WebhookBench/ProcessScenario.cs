using System.Diagnostics;
using System.Globalization;
using Npgsql;
using PropertyManager.BenchHosting;
using PropertyManager.BuildiumEmulator;

namespace PropertyManager.WebhookBench;

/// <summary>
/// Processing: a sustained stream of events (default 50/s) naming a hot set of records, against the emulator at
/// Buildium's 10 requests/second, with the app's background processor on. It keeps up when the backlog stays
/// bounded and drains within seconds once the stream stops; coalescing is events per Buildium read.
/// </summary>
internal static class ProcessScenario
{
    private static readonly (string Event, string Field, string Kind)[] _kinds =
    [
        ("Rental.Updated", "PropertyId", "rentals"),
        ("RentalUnit.Updated", "UnitId", "units"),
        ("Vendor.Updated", "VendorId", "vendors"),
        ("WorkOrder.Updated", "WorkOrderId", "workorders"),
    ];

    public static async Task RunAsync(
        BenchSettings settings, string connectionString, BuildiumEmulatorHost emulator, Uri app, string secret, CancellationToken cancellationToken)
    {
        var hot = Enumerable.Range(0, settings.Entities)
            .Select(i => _kinds[i % _kinds.Length])
            .Select((kind, i) => (kind.Event, kind.Field, Id: emulator.Store.GetIds(kind.Kind)[i / _kinds.Length]))
            .ToList();
        using var http = new HttpClient { BaseAddress = app };
        var sender = new WebhookSender(http, secret);
        var runs = new List<(double Rate, double Drain, double LagP50, double LagP99, double PerRead, long MaxBacklog)>();
        for (var run = 1; run <= settings.ProcessRuns; run++)
        {
            await ReceiveScenario.TruncateAsync(connectionString, cancellationToken);
            emulator.Stats.Reset();
            var (sent, seconds, maxBacklog) = await StreamAsync(settings, connectionString, sender, hot, cancellationToken);
            var drain = Stopwatch.StartNew();
            while (await ScalarAsync(connectionString, "SELECT count(*) FROM buildium_webhook_events WHERE processed IS NOT TRUE", cancellationToken) > 0)
            {
                if (drain.Elapsed > TimeSpan.FromMinutes(3))
                {
                    throw new TimeoutException("The backlog did not drain within 3 minutes.");
                }

                await Task.Delay(100, cancellationToken);
            }

            var drainSeconds = drain.Elapsed.TotalSeconds;
            var failed = await ScalarAsync(connectionString, "SELECT count(*) FROM buildium_webhook_events WHERE retry_count > 0", cancellationToken);
            var lagP50 = await LagAsync(connectionString, 0.5, cancellationToken);
            var lagP99 = await LagAsync(connectionString, 0.99, cancellationToken);
            var reads = emulator.Stats.TotalRequests;
            var row = (sent / seconds, drainSeconds, lagP50, lagP99, reads == 0 ? double.NaN : (double)sent / reads, maxBacklog);
            runs.Add(row);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  run {run}: {sent:N0} events in {seconds:F1} s ({row.Item1:F1}/s) over {hot.Count} records; {reads:N0} Buildium requests ({reads / seconds:F1}/s, {emulator.Stats.RateLimitedCount} answered 429), {row.Item5:F1} events per read; max backlog {maxBacklog}; drained {drainSeconds:F1} s after the last; lag p50 {lagP50:F2} s, p99 {lagP99:F2} s; {failed} failed attempts"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PROCESS median of {settings.ProcessRuns}: {Percentiles.Median(runs.Select(r => r.Rate)):F1} events/s sustained, {Percentiles.Median(runs.Select(r => r.PerRead)):F1} events per Buildium read, max backlog {Percentiles.Median(runs.Select(r => (double)r.MaxBacklog)):F0}, drained {Percentiles.Median(runs.Select(r => r.Drain)):F1} s after the stream, lag p50 {Percentiles.Median(runs.Select(r => r.LagP50)):F2} s, p99 {Percentiles.Median(runs.Select(r => r.LagP99)):F2} s"));
    }

    private static async Task<(int Sent, double Seconds, long MaxBacklog)> StreamAsync(
        BenchSettings settings, string connectionString, WebhookSender sender, List<(string Event, string Field, int Id)> hot, CancellationToken cancellationToken)
    {
        var total = settings.Rate * settings.Seconds;
        var interval = TimeSpan.FromSeconds(1.0 / settings.Rate);
        var clock = Stopwatch.StartNew();
        var maxBacklog = 0L;
        var nextSample = TimeSpan.FromSeconds(1);
        var sent = 0;
        while (sent < total)
        {
            // Paced against the clock, not a timer: a slow send is made up by the next ones, so the rate holds.
            var due = interval * sent;
            if (clock.Elapsed < due)
            {
                await Task.Delay(due - clock.Elapsed, cancellationToken);
            }

            var target = hot[Random.Shared.Next(hot.Count)];
            var (status, _) = await sender.SendAsync(WebhookSender.Event(target.Event, target.Field, target.Id, DateTime.UtcNow.AddTicks(sent)), cancellationToken);
            if (status != 200)
            {
                throw new InvalidOperationException($"The app answered {status}.");
            }

            sent++;
            if (clock.Elapsed >= nextSample)
            {
                maxBacklog = Math.Max(maxBacklog, await ScalarAsync(connectionString, "SELECT count(*) FROM buildium_webhook_events WHERE processed IS NOT TRUE", cancellationToken));
                nextSample += TimeSpan.FromSeconds(1);
            }
        }

        return (sent, clock.Elapsed.TotalSeconds, maxBacklog);
    }

    private static async Task<double> LagAsync(string connectionString, double fraction, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT percentile_cont(@f) WITHIN GROUP (ORDER BY extract(epoch FROM processed_at - created_at)) FROM buildium_webhook_events", connection);
        command.Parameters.AddWithValue("f", fraction);
        return Convert.ToDouble(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
