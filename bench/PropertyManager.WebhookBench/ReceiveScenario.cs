using System.Diagnostics;
using System.Globalization;
using Npgsql;
using PropertyManager.BenchHosting;

namespace PropertyManager.WebhookBench;

/// <summary>
/// Receiving: N distinct signed events posted with bounded concurrency, each verified and stored before its 200.
/// Reports accepted per second and the answer's p50/p99 per run, and the medians over the runs.
/// </summary>
internal static class ReceiveScenario
{
    // Enough for tiered compilation to reach its optimised code in the app before the measured events.
    private const int WarmUp = 5_000;

    public static async Task RunAsync(BenchSettings settings, string connectionString, Uri app, string secret, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency }) { BaseAddress = app };
        var sender = new WebhookSender(http, secret);
        var runs = new List<(double PerSecond, double P50, double P99)>();
        var epoch = DateTime.UtcNow;
        var sequence = 0;
        for (var run = 1; run <= settings.Runs; run++)
        {
            await TruncateAsync(connectionString, cancellationToken);
            await SendAsync(sender, WarmUp, settings.Concurrency, () => Interlocked.Increment(ref sequence), epoch, cancellationToken);
            var clock = Stopwatch.StartNew();
            var results = await SendAsync(sender, settings.Events, settings.Concurrency, () => Interlocked.Increment(ref sequence), epoch, cancellationToken);
            var seconds = clock.Elapsed.TotalSeconds;
            var accepted = results.Count(r => r.Status == 200);
            var stored = await CountAsync(connectionString, cancellationToken);
            var latencies = results.Select(r => r.Milliseconds).ToList();
            var row = (accepted / seconds, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99));
            runs.Add(row);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  run {run}: {accepted:N0}/{settings.Events:N0} answered 200, {stored - WarmUp:N0} rows stored, {row.Item1:N0} accepted/s, p50 {row.Item2:F2} ms, p99 {row.Item3:F2} ms, max {latencies.Max():F1} ms"));
            if (accepted != settings.Events || stored != settings.Events + WarmUp)
            {
                throw new InvalidOperationException("Not every event was accepted and stored exactly once.");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RECEIVE median of {settings.Runs}: {Percentiles.Median(runs.Select(r => r.PerSecond)):N0} accepted/s, p50 {Percentiles.Median(runs.Select(r => r.P50)):F2} ms, p99 {Percentiles.Median(runs.Select(r => r.P99)):F2} ms (N={settings.Events:N0}, concurrency {settings.Concurrency})"));
    }

    private static async Task<List<(int Status, double Milliseconds)>> SendAsync(
        WebhookSender sender, int count, int concurrency, Func<int> next, DateTime epoch, CancellationToken cancellationToken)
    {
        var results = new (int Status, double Milliseconds)[count];
        var index = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref index)) < count)
            {
                // A distinct event time per event makes every body a new event (no duplicates in this measurement).
                var n = next();
                results[i] = await sender.SendAsync(WebhookSender.Event("Rental.Updated", "PropertyId", 1 + (n % 500), epoch.AddTicks(n)), cancellationToken);
            }
        }, cancellationToken)));
        return [.. results];
    }

    public static async Task TruncateAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("TRUNCATE buildium_webhook_events", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> CountAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM buildium_webhook_events", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
