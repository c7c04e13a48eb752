namespace PropertyManager.BuildiumEmulator;

public sealed class EmulatorWebhookOptions
{
    /// <summary>Receiver URL; null switches webhooks off.</summary>
    public string? Url { get; set; }

    public string Secret { get; set; } = "emulator-webhook-secret";

    /// <summary>Multiplies Buildium's retry schedule (1 min, 10 min, 1 h); e.g. 0.001 turns it into 60 ms, 600 ms, 3.6 s.</summary>
    public double TimeScale { get; set; } = 1.0;

    /// <summary>How many times each event is delivered (Buildium may deliver duplicates).</summary>
    public int Duplicates { get; set; } = 1;

    /// <summary>Hold events for <see cref="OutOfOrderWindowMs"/> and deliver each batch in reverse order.</summary>
    public bool OutOfOrder { get; set; }

    public int OutOfOrderWindowMs { get; set; } = 500;

    /// <summary>Per-attempt timeout; Buildium gives receivers 10 seconds.</summary>
    public int TimeoutMs { get; set; } = 10_000;
}
