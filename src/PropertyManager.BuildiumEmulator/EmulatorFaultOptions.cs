namespace PropertyManager.BuildiumEmulator;

/// <summary>Faults injected into /v1 and storage requests (never into /_emulator admin requests).</summary>
public sealed class EmulatorFaultOptions
{
    /// <summary>Latency added to every request, on top of latency rules.</summary>
    public int LatencyMs { get; set; }

    /// <summary>How long a <see cref="FaultKind.Timeout"/> request hangs before its connection is aborted.</summary>
    public int TimeoutMs { get; set; } = 15_000;

    /// <summary>Seed of the random draws behind rule rates, so probabilistic faults repeat run to run.</summary>
    public int RandomSeed { get; set; } = 1;

    /// <summary>Probability (0..1) that any API request answers 429; shorthand for an unlimited rule.</summary>
    public double TooManyRequestsRate { get; set; }

    /// <summary>Probability (0..1) that any API request answers 500.</summary>
    public double InternalServerErrorRate { get; set; }

    /// <summary>Probability (0..1) that any API request answers 503.</summary>
    public double ServiceUnavailableRate { get; set; }

    /// <summary>Probability (0..1) that any API request hangs for <see cref="TimeoutMs"/> and is aborted.</summary>
    public double TimeoutRate { get; set; }

    /// <summary>Probability (0..1) that any API request has its connection dropped.</summary>
    public double DropConnectionRate { get; set; }

    /// <summary>Probability (0..1) that any API request answers 200 with truncated JSON.</summary>
    public double MalformedJsonRate { get; set; }

    /// <summary>Targeted faults (method, path prefix, next-N count); checked before the global rates.</summary>
    public List<FaultRule> Rules { get; set; } = [];
}
