using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.Resources;

/// <summary>What every resource kind needs: the data, the clock and the webhook queue.</summary>
internal sealed record ResourceContext(EmulatorData Data, TimeProvider Time, WebhookPublisher Webhooks)
{
    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(UtcNow);
}
