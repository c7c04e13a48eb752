using System.Threading.Channels;

namespace PropertyManager.BuildiumEmulator.Webhooks;

/// <summary>Queues events for the background dispatcher so the API request that caused them never waits on delivery.</summary>
internal sealed class WebhookPublisher(EmulatorOptions options, TimeProvider time)
{
    private readonly Channel<WebhookEvent> _channel = Channel.CreateUnbounded<WebhookEvent>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<WebhookEvent> Reader => _channel.Reader;

    /// <summary>Starts an event named "{entity}.{operation}" stamped now; null when webhooks are off.</summary>
    public WebhookEvent? Begin(string entity, string operation) =>
        string.IsNullOrEmpty(options.Webhooks.Url) ? null : new WebhookEvent($"{entity}.{operation}", time.GetUtcNow().UtcDateTime);

    public void Publish(WebhookEvent? webhookEvent)
    {
        if (webhookEvent is not null)
        {
            _channel.Writer.TryWrite(webhookEvent);
        }
    }
}
