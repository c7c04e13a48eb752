using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PropertyManager.BuildiumEmulator.Tests.Infrastructure;

/// <summary>A local Kestrel endpoint that records webhook deliveries and answers with a status chosen by the test.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<ReceivedWebhook> _received = [];
    private readonly Lock _lock = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = string.Empty;

    /// <summary>Status to answer for the n-th delivery (1-based); 200 unless a test says otherwise.</summary>
    public Func<int, int> StatusForDelivery { get; set; } = _ => 200;

    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            int count;
            lock (receiver._lock)
            {
                receiver._received.Add(new ReceivedWebhook(
                    body,
                    http.Request.Headers["buildium-webhook-timestamp"].FirstOrDefault(),
                    http.Request.Headers["buildium-webhook-signature"].FirstOrDefault(),
                    http.Request.ContentType,
                    DateTimeOffset.UtcNow));
                count = receiver._received.Count;
            }

            http.Response.StatusCode = receiver.StatusForDelivery(count);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/hooks";
        return receiver;
    }

    /// <summary>Waits (polling) until the deliveries satisfy <paramref name="condition"/>; fails after the timeout.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> condition, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var received = Received;
            if (condition(received))
            {
                return received;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Webhooks not as expected; received: {string.Join(" | ", received.Select(r => r.Body))}");
            }

            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
