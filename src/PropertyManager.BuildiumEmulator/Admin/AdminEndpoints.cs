using System.Text.Json;
using System.Text.Json.Nodes;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.Admin;

/// <summary>
/// /_emulator/...: run-time control for tests and demos (faults, rate limit, webhooks, stats), changes "as a
/// user in Buildium's UI", and reset to the seed. Same client id/secret headers as the API.
/// </summary>
internal sealed class AdminEndpoints(
    EmulatorOptions options,
    EmulatorFaults faults,
    EmulatorStats stats,
    EmulatorStore store,
    WebhookDeliveryLog deliveries,
    WebhookSubscription subscription) : IEndpointModule
{
    private const string Prefix = RequestArea.AdminPrefix;

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapGet($"{Prefix}/faults", () => BuildiumResults.Json(faults.Current));
        app.MapPut($"{Prefix}/faults", async (HttpContext http) =>
        {
            faults.Set(await ReadAsync<EmulatorFaultOptions>(http));
            return BuildiumResults.Json(faults.Current);
        });
        app.MapPost($"{Prefix}/faults/rules", async (HttpContext http) =>
        {
            faults.Add(await ReadAsync<FaultRule>(http));
            return BuildiumResults.Json(faults.Current);
        });
        app.MapDelete($"{Prefix}/faults", () =>
        {
            faults.Clear();
            return BuildiumResults.Json(faults.Current);
        });

        app.MapGet($"{Prefix}/ratelimit", () => BuildiumResults.Json(options.RateLimit));
        app.MapPut($"{Prefix}/ratelimit", async (HttpContext http) =>
        {
            var settings = await ReadAsync<EmulatorRateLimitOptions>(http);
            options.RateLimit.Enabled = settings.Enabled;
            options.RateLimit.MaxConcurrent = settings.MaxConcurrent;
            options.RateLimit.RequestsPerSecond = settings.RequestsPerSecond;
            return BuildiumResults.Json(options.RateLimit);
        });

        app.MapGet($"{Prefix}/stats", () => BuildiumResults.Json(StatsSnapshot()));
        app.MapDelete($"{Prefix}/stats", () =>
        {
            stats.Reset();
            return BuildiumResults.Json(StatsSnapshot());
        });

        app.MapGet($"{Prefix}/webhooks", () => BuildiumResults.Json(options.Webhooks));
        app.MapPut($"{Prefix}/webhooks", async (HttpContext http) =>
        {
            var settings = await ReadAsync<EmulatorWebhookOptions>(http);
            var current = options.Webhooks;
            (current.Url, current.Secret, current.TimeScale, current.Duplicates, current.OutOfOrder, current.OutOfOrderWindowMs, current.TimeoutMs) =
                (settings.Url, settings.Secret, settings.TimeScale, settings.Duplicates, settings.OutOfOrder, settings.OutOfOrderWindowMs, settings.TimeoutMs);
            return BuildiumResults.Json(current);
        });
        app.MapGet($"{Prefix}/webhooks/subscription", () => BuildiumResults.Json(subscription.State));
        app.MapPost($"{Prefix}/webhooks/subscription/enable", () =>
        {
            subscription.Enable();
            return BuildiumResults.Json(subscription.State);
        });
        app.MapGet($"{Prefix}/webhooks/deliveries", () => BuildiumResults.Json(deliveries.Snapshot()));
        app.MapDelete($"{Prefix}/webhooks/deliveries", () =>
        {
            deliveries.Clear();
            return Results.NoContent();
        });

        app.MapPost($"{Prefix}/reset", async (HttpContext http) =>
        {
            var request = http.Request.ContentLength > 0 ? await ReadAsync<ResetRequest>(http) : new ResetRequest(null, null);
            store.Reset(request.SeedSize, request.Seed);
            return BuildiumResults.Json(Counts());
        });
        app.MapGet($"{Prefix}/kinds", () => BuildiumResults.Json(Counts()));
        app.MapGet($"{Prefix}/{{kind}}", (string kind) => BuildiumResults.Json(WithKind(kind, () => store.GetIds(kind))));
        app.MapGet($"{Prefix}/{{kind}}/{{id:int}}", (string kind, int id) => Found(WithKind(kind, () => store.Get(kind, id))));
        app.MapGet($"{Prefix}/{{kind}}/{{id:int}}/stored", (string kind, int id) => Found(WithKind(kind, () => store.GetStored(kind, id))));
        app.MapPatch($"{Prefix}/{{kind}}/{{id:int}}", async (HttpContext http, string kind, int id) =>
        {
            var changes = await ReadAsync<JsonObject>(http);
            return Found(WithKind(kind, () => store.Update(kind, id, changes)));
        });
        app.MapDelete($"{Prefix}/{{kind}}/{{id:int}}", (string kind, int id) =>
            WithKind(kind, () => store.Delete(kind, id)) ? Results.NoContent() : throw BuildiumApiException.NotFound($"No {kind} record found with the id."));
    }

    private static async Task<T> ReadAsync<T>(HttpContext http)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(http.Request.Body, BuildiumJson.Options, http.RequestAborted)
                ?? throw BuildiumApiException.BadRequest("Body", "A request body is required.");
        }
        catch (JsonException)
        {
            throw BuildiumApiException.BadRequest("Body", "The request body is not valid JSON.");
        }
    }

    private static T WithKind<T>(string kind, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (ArgumentException ex) when (ex.ParamName == "kind")
        {
            throw BuildiumApiException.NotFound(ex.Message);
        }
    }

    private static IResult Found(JsonObject? record) =>
        record is null ? throw BuildiumApiException.NotFound("No record found with the id.") : BuildiumResults.Json(record);

    private Dictionary<string, int> Counts() => store.Kinds.ToDictionary(k => k, store.Count);

    private object StatsSnapshot() => new
    {
        stats.TotalRequests,
        stats.CurrentConcurrent,
        stats.MaxConcurrentObserved,
        stats.RateLimitedCount,
        stats.FaultsInjected,
        stats.RequestsByEndpoint,
    };

    private sealed record ResetRequest(string? SeedSize, int? Seed);
}
