using System.Globalization;
using System.Security.Cryptography;
using Npgsql;
using PropertyManager.BenchHosting;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Data;
using PropertyManager.Data.Schema;
using PropertyManager.Web.LocalDatabase;
using PropertyManager.WebhookBench;

// Webhook benchmark (issue 5, "Speed"): receiving (accepted/s, p50/p99) and processing (keeping up with a
// sustained stream against the emulator at Buildium's rate limit). The app runs as its own process on loopback,
// over a PostgreSQL cluster with fsync on (a throwaway test cluster turns it off, which would flatter the inserts).
BenchSettings settings;
try
{
    settings = BenchSettings.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
var cancellationToken = stop.Token;
var root = Path.Combine(Path.GetTempPath(), "pm-webhookbench-" + Guid.NewGuid().ToString("N")[..8]);
var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, .NET {Environment.Version}; PostgreSQL cluster in {root}"));
try
{
    await using var cluster = await LocalPostgresCluster.StartPersistentAsync(root, 0, cancellationToken);
    var connectionString = await CreateDatabaseAsync(cluster, cancellationToken);

    var emulatorOptions = new EmulatorOptions { ClientId = "webhook-bench", ClientSecret = "sk-" + Guid.NewGuid().ToString("N"), SeedSize = "demo" };
    await using var emulator = await BuildiumEmulatorHost.StartAsync(emulatorOptions, cancellationToken: cancellationToken);
    var environment = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ConnectionStrings__Default"] = connectionString,
        ["Buildium__BaseUrl"] = emulator.BaseAddress.ToString(),
        ["Buildium__ClientId"] = emulatorOptions.ClientId,
        ["Buildium__ClientSecret"] = emulatorOptions.ClientSecret,
        ["Buildium__WebhookSecret"] = secret,
        ["Sync__Enabled"] = "false",
    };

    if (settings.Runs > 0)
    {
        Console.WriteLine($"Receiving: {settings.Events:N0} signed webhooks per run, {settings.Concurrency} in flight, {settings.Runs} runs (processor off)");
        environment["Webhooks__ProcessorEnabled"] = "false";
        await using var app = await AppProcess.StartAsync(environment, cancellationToken);
        await ReceiveScenario.RunAsync(settings, connectionString, app.BaseAddress, secret, cancellationToken);
    }

    if (settings.ProcessRuns == 0)
    {
        return 0;
    }

    Console.WriteLine($"Processing: {settings.Rate}/s for {settings.Seconds} s over {settings.Entities} records, emulator and client at 10 requests/s, {settings.ProcessRuns} runs");
    environment["Webhooks__ProcessorEnabled"] = "true";
    environment["Buildium__RequestsPerSecond"] = "10";
    await using (var app = await AppProcess.StartAsync(environment, cancellationToken))
    {
        await ProcessScenario.RunAsync(settings, connectionString, emulator, app.BaseAddress, secret, cancellationToken);
    }

    return 0;
}
catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or LocalPostgresUnavailableException or NpgsqlException)
{
    Console.Error.WriteLine("webhook bench failed: " + ex.Message);
    return 1;
}
finally
{
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }
}

static async Task<string> CreateDatabaseAsync(LocalPostgresCluster cluster, CancellationToken cancellationToken)
{
    await using (var connection = new NpgsqlConnection(cluster.ConnectionString("postgres")))
    {
        await connection.OpenAsync(cancellationToken);
        await using var create = new NpgsqlCommand("CREATE DATABASE webhookbench", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    var connectionString = cluster.ConnectionString("webhookbench");
    await SchemaMigrator.MigrateAsync(connectionString, baseline: false, cancellationToken);
    return connectionString;
}
