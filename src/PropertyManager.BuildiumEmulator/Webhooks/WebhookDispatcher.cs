using System.Net.Http.Headers;
using System.Text;

namespace PropertyManager.BuildiumEmulator.Webhooks;

/// <summary>
/// Delivers queued events to the configured URL with Buildium's headers and signature. A failed attempt
/// (non-2xx, error or timeout) is retried after 1 min, 10 min and 1 h times TimeScale, then dropped; 20
/// consecutive failed attempts suspend the subscription (<see cref="WebhookSubscription"/>). Duplicates and out-of-order batches are produced here on demand.
/// </summary>
internal sealed class WebhookDispatcher(
    WebhookPublisher publisher,
    EmulatorOptions options,
    WebhookDeliveryLog log,
    WebhookSubscription subscription,
    TimeProvider time,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan[] _retryDelays = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)];
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) });

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await publisher.Reader.WaitToReadAsync(stoppingToken))
            {
                var batch = await ReadBatchAsync(stoppingToken);
                var duplicates = Math.Max(1, options.Webhooks.Duplicates);
                foreach (var webhookEvent in batch)
                {
                    var body = Encoding.UTF8.GetString(webhookEvent.ToJson(options.AccountId));
                    for (var copy = 0; copy < duplicates; copy++)
                    {
                        await DeliverAsync(webhookEvent.EventName, body, attempt: 1, stoppingToken);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host is stopping; undelivered events are dropped, as a restart of Buildium's queue would not be emulated.
        }
    }

    private async Task<List<WebhookEvent>> ReadBatchAsync(CancellationToken stoppingToken)
    {
        var batch = new List<WebhookEvent>();
        if (!options.Webhooks.OutOfOrder)
        {
            if (publisher.Reader.TryRead(out var single))
            {
                batch.Add(single);
            }

            return batch;
        }

        // Hold everything that arrives within the window, then send it newest first.
        using var window = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        window.CancelAfter(Math.Max(1, options.Webhooks.OutOfOrderWindowMs));
        try
        {
            while (await publisher.Reader.WaitToReadAsync(window.Token))
            {
                while (publisher.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Window closed.
        }

        batch.Reverse();
        return batch;
    }

    private async Task DeliverAsync(string eventName, string body, int attempt, CancellationToken stoppingToken)
    {
        var url = options.Webhooks.Url;
        if (string.IsNullOrEmpty(url))
        {
            return;
        }

        if (subscription.IsSuspended)
        {
            logger.LogWarning("Webhook {EventName} not sent: the subscription is suspended", eventName);
            return;
        }

        int? status = null;
        string? error = null;
        var sentAt = time.GetUtcNow();
        try
        {
            var timestamp = sentAt.ToUnixTimeSeconds();
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            };
            request.Headers.Add("buildium-webhook-timestamp", timestamp.ToString());
            request.Headers.Add("buildium-webhook-signature", WebhookSigner.Sign(options.Webhooks.Secret, timestamp, body));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(Math.Max(1, options.Webhooks.TimeoutMs));
            using var response = await _http.SendAsync(request, timeout.Token);
            status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                subscription.RecordSuccess();
                log.Add(new WebhookDelivery(eventName, body, attempt, status, null, sentAt.UtcDateTime));
                return;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
        {
            error = ex.Message;
        }

        log.Add(new WebhookDelivery(eventName, body, attempt, status, error ?? $"HTTP {status}", sentAt.UtcDateTime));
        if (subscription.RecordFailure())
        {
            logger.LogWarning("Webhook subscription suspended after {Failures} consecutive failed deliveries", WebhookSubscription.FailuresBeforeSuspension);
        }

        if (attempt > _retryDelays.Length)
        {
            logger.LogWarning("Webhook {EventName} dropped after {Attempts} attempts", eventName, attempt);
            return;
        }

        var delay = TimeSpan.FromTicks((long)(_retryDelays[attempt - 1].Ticks * Math.Max(0, options.Webhooks.TimeScale)));
        _ = RetryLaterAsync(eventName, body, attempt + 1, delay, stoppingToken);
    }

    private async Task RetryLaterAsync(string eventName, string body, int attempt, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken);
            await DeliverAsync(eventName, body, attempt, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Host stopping.
        }
    }
}
