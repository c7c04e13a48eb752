namespace PropertyManager.BuildiumEmulator;

public enum FaultKind
{
    /// <summary>429 with Buildium's error body.</summary>
    TooManyRequests,

    /// <summary>500 with Buildium's error body.</summary>
    InternalServerError,

    /// <summary>503 with Buildium's error body (maintenance).</summary>
    ServiceUnavailable,

    /// <summary>Adds <see cref="FaultRule.LatencyMs"/> before the request is handled.</summary>
    Latency,

    /// <summary>Hangs for <see cref="EmulatorFaultOptions.TimeoutMs"/>, then aborts the connection.</summary>
    Timeout,

    /// <summary>Aborts the connection without a response.</summary>
    DropConnection,

    /// <summary>Answers 200 with the real body cut in half.</summary>
    MalformedJson,
}
