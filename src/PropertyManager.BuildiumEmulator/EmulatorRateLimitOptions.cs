namespace PropertyManager.BuildiumEmulator;

/// <summary>Buildium's documented "10 concurrent requests per second", read both ways (in flight and per second).</summary>
public sealed class EmulatorRateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public int MaxConcurrent { get; set; } = 10;

    public int RequestsPerSecond { get; set; } = 10;
}
