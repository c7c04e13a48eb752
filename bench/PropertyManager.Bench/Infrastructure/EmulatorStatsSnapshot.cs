using System.Text.RegularExpressions;

namespace PropertyManager.Bench.Infrastructure;

/// <summary>The emulator's <c>/_emulator/stats</c>: every API request it received, 429s included, and how many its limiter refused.</summary>
internal sealed partial record EmulatorStatsSnapshot(
    long TotalRequests, long RateLimitedCount, long FaultsInjected, int MaxConcurrentObserved, IReadOnlyDictionary<string, long>? RequestsByEndpoint)
{
    /// <summary>Requests the emulator answered (pages and children), excluding those its limiter turned away.</summary>
    public long Admitted => TotalRequests - RateLimitedCount;

    /// <summary>Requests per route, ids folded (<c>GET /v1/bills/{id}/payments</c>), most first: where the calls go.</summary>
    public IReadOnlyList<(string Route, long Count)> ByRoute() =>
        [.. (RequestsByEndpoint ?? new Dictionary<string, long>())
            .GroupBy(e => Digits().Replace(e.Key, "{id}"), StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(e => e.Value)))
            .OrderByDescending(r => r.Item2)];

    [GeneratedRegex("(?<=/)[0-9]+(?=/|$)")]
    private static partial Regex Digits();
}
