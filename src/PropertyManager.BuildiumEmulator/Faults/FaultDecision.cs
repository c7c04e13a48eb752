namespace PropertyManager.BuildiumEmulator.Faults;

/// <summary>What to do to one request: delay it, and possibly replace its outcome with a fault.</summary>
internal readonly record struct FaultDecision(int LatencyMs, FaultKind? Fault, int TimeoutMs);
