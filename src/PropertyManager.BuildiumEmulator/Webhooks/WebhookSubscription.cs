namespace PropertyManager.BuildiumEmulator.Webhooks;

/// <summary>
/// The state Buildium keeps per subscription: 20 consecutive failed deliveries (any attempt, retries included)
/// suspend it; a suspended subscription gets nothing until it is re-enabled (Buildium's Settings > Developer
/// Tools > Webhooks; here POST /_emulator/webhooks/subscription/enable). A success resets the count.
/// </summary>
internal sealed class WebhookSubscription
{
    public const int FailuresBeforeSuspension = 20;

    private readonly Lock _lock = new();
    private int _consecutiveFailures;
    private bool _suspended;

    public WebhookSubscriptionState State
    {
        get
        {
            lock (_lock)
            {
                return new WebhookSubscriptionState(_consecutiveFailures, _suspended);
            }
        }
    }

    public bool IsSuspended
    {
        get
        {
            lock (_lock)
            {
                return _suspended;
            }
        }
    }

    public void RecordSuccess()
    {
        lock (_lock)
        {
            _consecutiveFailures = 0;
        }
    }

    /// <summary>Returns true when this failure is the one that suspends the subscription.</summary>
    public bool RecordFailure()
    {
        lock (_lock)
        {
            _consecutiveFailures++;
            if (_suspended || _consecutiveFailures < FailuresBeforeSuspension)
            {
                return false;
            }

            _suspended = true;
            return true;
        }
    }

    public void Enable()
    {
        lock (_lock)
        {
            _consecutiveFailures = 0;
            _suspended = false;
        }
    }
}
