using PropertyManager.BuildiumEmulator.Faults;

namespace PropertyManager.BuildiumEmulator;

/// <summary>
/// Fault injection settings in force now; the admin endpoint and tests change them at run time.
/// Rules with a Count retire after that many hits, so a test can inject exactly N faults.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly Lock _lock = new();
    private List<FaultRule> _rules = [];
    private Random _random = new(1);
    private int _latencyMs;
    private int _timeoutMs = 15_000;
    private int _randomSeed = 1;
    private (FaultKind Kind, double Rate)[] _rates = [];

    public EmulatorFaults(EmulatorFaultOptions initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        Set(initial);
    }

    /// <summary>A copy of the current settings (rules show their remaining counts).</summary>
    public EmulatorFaultOptions Current
    {
        get
        {
            lock (_lock)
            {
                return new EmulatorFaultOptions
                {
                    LatencyMs = _latencyMs,
                    TimeoutMs = _timeoutMs,
                    RandomSeed = _randomSeed,
                    TooManyRequestsRate = RateOf(FaultKind.TooManyRequests),
                    InternalServerErrorRate = RateOf(FaultKind.InternalServerError),
                    ServiceUnavailableRate = RateOf(FaultKind.ServiceUnavailable),
                    TimeoutRate = RateOf(FaultKind.Timeout),
                    DropConnectionRate = RateOf(FaultKind.DropConnection),
                    MalformedJsonRate = RateOf(FaultKind.MalformedJson),
                    Rules = [.. _rules.Select(Copy)],
                };
            }
        }
    }

    public void Set(EmulatorFaultOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        lock (_lock)
        {
            _latencyMs = Math.Max(0, options.LatencyMs);
            _timeoutMs = Math.Max(0, options.TimeoutMs);
            _randomSeed = options.RandomSeed;
            _random = new Random(options.RandomSeed);
            _rules = [.. (options.Rules ?? []).Select(Copy)];
            _rates =
            [
                (FaultKind.TooManyRequests, options.TooManyRequestsRate),
                (FaultKind.InternalServerError, options.InternalServerErrorRate),
                (FaultKind.ServiceUnavailable, options.ServiceUnavailableRate),
                (FaultKind.Timeout, options.TimeoutRate),
                (FaultKind.DropConnection, options.DropConnectionRate),
                (FaultKind.MalformedJson, options.MalformedJsonRate),
            ];
        }
    }

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_lock)
        {
            _rules.Add(Copy(rule));
        }
    }

    /// <summary>The next <paramref name="count"/> matching requests get <paramref name="kind"/>.</summary>
    public void InjectNext(FaultKind kind, int count = 1, string? method = null, string? pathPrefix = null, int latencyMs = 0) =>
        Add(new FaultRule { Kind = kind, Count = count, Method = method, PathPrefix = pathPrefix, LatencyMs = latencyMs });

    public void Clear() => Set(new EmulatorFaultOptions());

    internal FaultDecision Decide(string method, string path)
    {
        lock (_lock)
        {
            var latency = _latencyMs;
            FaultKind? fault = null;
            foreach (var rule in _rules.ToList())
            {
                if (!Matches(rule, method, path) || (fault is not null && rule.Kind != FaultKind.Latency))
                {
                    continue;
                }

                if (rule.Rate < 1.0 && _random.NextDouble() >= rule.Rate)
                {
                    continue;
                }

                if (rule.Kind == FaultKind.Latency)
                {
                    latency += Math.Max(0, rule.LatencyMs);
                }
                else
                {
                    fault = rule.Kind;
                }

                if (rule.Count is { } remaining)
                {
                    rule.Count = remaining - 1;
                    if (rule.Count <= 0)
                    {
                        _rules.Remove(rule);
                    }
                }
            }

            foreach (var (kind, rate) in _rates)
            {
                if (fault is null && rate > 0 && _random.NextDouble() < rate)
                {
                    fault = kind;
                }
            }

            return new FaultDecision(latency, fault, _timeoutMs);
        }
    }

    private double RateOf(FaultKind kind) => _rates.FirstOrDefault(r => r.Kind == kind).Rate;

    private static bool Matches(FaultRule rule, string method, string path) =>
        (string.IsNullOrEmpty(rule.Method) || rule.Method.Equals(method, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(rule.PathPrefix) || path.StartsWith(rule.PathPrefix, StringComparison.OrdinalIgnoreCase))
        && (rule.Count is null || rule.Count > 0);

    private static FaultRule Copy(FaultRule rule) => new()
    {
        Kind = rule.Kind,
        Rate = rule.Rate,
        Method = rule.Method,
        PathPrefix = rule.PathPrefix,
        Count = rule.Count,
        LatencyMs = rule.LatencyMs,
    };
}
