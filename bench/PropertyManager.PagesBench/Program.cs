using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using PropertyManager.BenchHosting;
using PropertyManager.BuildiumEmulator;
using PropertyManager.PagesBench;
using PropertyManager.Web.LocalDatabase;

// List-page benchmark (issue 6, "Quality"): the app as its own process over the emulator's large portfolio
// (synced in full first, as a real install would be), each page requested repeatedly by a signed-in admin;
// median and p95 per page, measured at the client over loopback, so the figures include the HTTP round trip.
var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var seed = args.Length > 1 ? args[1] : "large";
// Optional third argument: time only the pages whose path contains it (e.g. "/Leases/").
var only = args.Length > 2 ? args[2] : null;
const int Warmup = 20;
string[] pages =
[
    "/",
    "/Properties", "/Properties?sort=units&desc=true", "/Properties?q=main&pageSize=100",
    "/Units", "/Units?pageSize=100&p=150", "/Units?q=1&sort=rent&desc=true",
    "/Owners", "/Owners?q=smith",
    "/Leases", "/Leases?ending=90", "/Leases?status=Active&pageSize=100",
    "/Leases/RentRoll", "/Leases/RentRoll?pageSize=100&sort=rent&desc=true",
    "/Leases/Delinquency", "/Leases/Delinquency?over=30", "/Leases/Expirations", "/Leases/Expirations?within=month-to-month",
    "/Tenants", "/Tenants?q=smith",
    "/BankAccounts", "/GlAccounts",
    "/Vendors", "/VendorCategories",
    "/Bills", "/Bills?overdue=true", "/Bills?status=Unpaid&pageSize=100&sort=amount&desc=true",
    "/BillCategories",
    "/Tasks", "/Tasks?priority=High", "/TaskCategories",
    "/WorkOrders",
    "/Search?q=main",
];

// The reports kept between changes (ReportCache): also timed right after a change, when they are computed afresh.
string[] keptReports = ["/Leases/RentRoll", "/Leases/Delinquency", "/Leases/Expirations"];

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
var cancellationToken = stop.Token;
// PAGESBENCH_DATA keeps the cluster in that directory between runs, so tuning a query does not pay the three-minute
// sync each time: a directory that already holds a synced portfolio is only migrated (new indexes) and timed.
var kept = Environment.GetEnvironmentVariable("PAGESBENCH_DATA");
var root = kept is { Length: > 0 } ? Path.GetFullPath(kept) : Path.Combine(Path.GetTempPath(), "pm-pagesbench-" + Guid.NewGuid().ToString("N")[..8]);
var synced = kept is { Length: > 0 } && File.Exists(Path.Combine(root, "synced"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, .NET {Environment.Version}; {seed} seed; {requests} requests per page after {Warmup} warm-up"));
try
{
    await using var cluster = await LocalPostgresCluster.StartPersistentAsync(root, 0, cancellationToken);
    if (!synced)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var create = new NpgsqlCommand("CREATE DATABASE pagesbench", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    var emulatorOptions = new EmulatorOptions { ClientId = "pages-bench", ClientSecret = "sk-" + Guid.NewGuid().ToString("N"), SeedSize = seed };
    emulatorOptions.RateLimit.Enabled = false;
    await using var emulator = await BuildiumEmulatorHost.StartAsync(emulatorOptions, cancellationToken: cancellationToken);
    var environment = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ConnectionStrings__Default"] = cluster.ConnectionString("pagesbench"),
        ["Buildium__BaseUrl"] = emulator.BaseAddress.ToString(),
        ["Buildium__ClientId"] = emulatorOptions.ClientId,
        ["Buildium__ClientSecret"] = emulatorOptions.ClientSecret,
        ["Buildium__RequestsPerSecond"] = "100000",
        ["Sync__Enabled"] = "false",
        ["Serilog__MinimumLevel__Default"] = "Warning",
    };

    var clock = Stopwatch.StartNew();
    await AppCommand.RunAsync(environment, cancellationToken, "migrate");
    if (!synced)
    {
        await AppCommand.RunAsync(environment, cancellationToken, "sync", "--full");
        if (kept is { Length: > 0 })
        {
            await File.WriteAllTextAsync(Path.Combine(root, "synced"), seed, cancellationToken);
        }
    }

    var counts = await CountsAsync(cluster.ConnectionString("pagesbench"), cancellationToken);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Portfolio synced in {clock.Elapsed.TotalSeconds:F0} s: {counts}"));
    var email = $"bench-admin-{Guid.NewGuid():N}@example.com";
    var password = "Bench-" + Guid.NewGuid().ToString("N") + "!1";
    await AppCommand.RunAsync(environment, cancellationToken, "users", "add", "--email", email, "--role", "Admin", "--password", password);

    // Issue 15: a building's rent roll and delinquency, the largest building's (most units, most leases to add up).
    var largest = await LargestPropertyAsync(cluster.ConnectionString("pagesbench"), cancellationToken);
    pages = [.. pages, $"/Leases/RentRoll?propertyId={largest}", $"/Leases/Delinquency?propertyId={largest}"];

    // The pages are served as a real install serves them: as a login role in pm_app, row level security binding it.
    environment["ConnectionStrings__Migrations"] = environment["ConnectionStrings__Default"];
    environment["ConnectionStrings__Default"] = await AppRoleConnectionAsync(cluster.ConnectionString("pagesbench"), cancellationToken);
    await using var app = await AppProcess.StartAsync(environment, cancellationToken);
    using var client = await SignIn.ClientAsync(app.BaseAddress, email, password, cancellationToken);
    await using var touch = await BalanceTouch.OpenAsync(cluster.ConnectionString("pagesbench"), cancellationToken);
    var results = new List<PageTiming>();
    foreach (var page in pages.Where(p => only is null || p.Contains(only, StringComparison.Ordinal)))
    {
        var timing = await PageTimer.MeasureAsync(client, page, Warmup, requests, cancellationToken);
        results.Add(timing);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {page,-60} median {timing.MedianMs,7:F1} ms  p95 {timing.P95Ms,7:F1} ms"));
        if (keptReports.Any(r => page.StartsWith(r, StringComparison.Ordinal)))
        {
            // The same report right after a change under it (one balance touched, as a sync would): computed afresh.
            var cold = await PageTimer.MeasureAsync(
                client, page, 1, Math.Max(10, requests / 5), cancellationToken, touch.ExecuteAsync, page + " (after a change)");
            results.Add(cold);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {cold.Path,-60} median {cold.MedianMs,7:F1} ms  p95 {cold.P95Ms,7:F1} ms"));
        }
    }

    var table = new StringBuilder()
        .AppendLine("| page | median ms | p95 ms | max ms | KiB | p95 < 100 ms |")
        .AppendLine("|---|---:|---:|---:|---:|---|");
    foreach (var r in results)
    {
        table.AppendLine(CultureInfo.InvariantCulture, $"| `{r.Path}` | {r.MedianMs:F1} | {r.P95Ms:F1} | {r.MaxMs:F1} | {r.Bytes / 1024.0:F0} | {(r.P95Ms < 100 ? "pass" : "FAIL")} |");
    }

    Console.WriteLine();
    Console.WriteLine(table);
    return results.All(r => r.P95Ms < 100) ? 0 : 1;
}
finally
{
    if (kept is not { Length: > 0 } && Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }
}

static async Task<string> AppRoleConnectionAsync(string ownerConnectionString, CancellationToken cancellationToken)
{
    var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
    await using var connection = new NpgsqlConnection(ownerConnectionString);
    await connection.OpenAsync(cancellationToken);
    await using var create = new NpgsqlCommand(
        $"DROP ROLE IF EXISTS pagesbench_app; CREATE ROLE pagesbench_app LOGIN PASSWORD '{password}'; GRANT {PropertyManager.Data.Schema.PortfolioSecurity.AppRole} TO pagesbench_app;", connection);
    await create.ExecuteNonQueryAsync(cancellationToken);
    return new NpgsqlConnectionStringBuilder(ownerConnectionString) { Username = "pagesbench_app", Password = password }.ConnectionString;
}

static async Task<Guid> LargestPropertyAsync(string connectionString, CancellationToken cancellationToken)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync(cancellationToken);
    await using var largest = new NpgsqlCommand("SELECT property_id FROM units GROUP BY property_id ORDER BY count(*) DESC LIMIT 1", connection);
    return (Guid)(await largest.ExecuteScalarAsync(cancellationToken))!;
}

static async Task<string> CountsAsync(string connectionString, CancellationToken cancellationToken)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync(cancellationToken);
    await using var count = new NpgsqlCommand(
        "SELECT (SELECT count(*) FROM properties), (SELECT count(*) FROM units), (SELECT count(*) FROM \"Lease\"), (SELECT count(*) FROM bills), (SELECT count(*) FROM tasks), " +
        "(SELECT count(*) FROM tenants), (SELECT count(*) FROM lease_balances), (SELECT count(*) FROM lease_transactions)", connection);
    await using var reader = await count.ExecuteReaderAsync(cancellationToken);
    await reader.ReadAsync(cancellationToken);
    return string.Create(CultureInfo.InvariantCulture, $"{reader.GetInt64(0):N0} properties, {reader.GetInt64(1):N0} units, {reader.GetInt64(2):N0} leases, {reader.GetInt64(3):N0} bills, {reader.GetInt64(4):N0} tasks, {reader.GetInt64(5):N0} tenants, {reader.GetInt64(6):N0} lease balances, {reader.GetInt64(7):N0} ledger lines");
}
