namespace PropertyManager.BuildiumEmulator;

public sealed class FaultRule
{
    public FaultKind Kind { get; set; }

    /// <summary>Probability (0..1) that a matching request gets the fault.</summary>
    public double Rate { get; set; } = 1.0;

    /// <summary>Only requests with this HTTP method (any when null).</summary>
    public string? Method { get; set; }

    /// <summary>Only requests whose path starts with this (any when null), e.g. "/v1/bills".</summary>
    public string? PathPrefix { get; set; }

    /// <summary>Apply to the next N matching requests, then retire the rule; null means no limit.</summary>
    public int? Count { get; set; }

    /// <summary>Delay for <see cref="FaultKind.Latency"/> rules.</summary>
    public int LatencyMs { get; set; }
}
