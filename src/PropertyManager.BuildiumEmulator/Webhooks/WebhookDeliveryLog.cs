namespace PropertyManager.BuildiumEmulator.Webhooks;

/// <summary>The most recent delivery attempts (bounded, oldest dropped first).</summary>
internal sealed class WebhookDeliveryLog
{
    private const int Capacity = 2_000;
    private readonly Lock _lock = new();
    private readonly Queue<WebhookDelivery> _entries = new();

    public void Add(WebhookDelivery delivery)
    {
        lock (_lock)
        {
            if (_entries.Count == Capacity)
            {
                _entries.Dequeue();
            }

            _entries.Enqueue(delivery);
        }
    }

    public IReadOnlyList<WebhookDelivery> Snapshot()
    {
        lock (_lock)
        {
            return [.. _entries];
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }
    }
}
