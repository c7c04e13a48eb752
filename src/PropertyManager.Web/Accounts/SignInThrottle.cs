using System.Collections.Concurrent;
using System.Net;

namespace PropertyManager.Web.Accounts;

/// <summary>
/// Failed sign-ins counted per client address and account: after <see cref="MaxFailures"/> wrong passwords from one
/// address for one account, that address cannot sign in to that account for <see cref="Window"/>. Other addresses,
/// the administrator's included, are not affected, so nobody can lock someone else out by guessing. The count lives in
/// this instance's memory (behind a load balancer each instance counts its own).
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;

    /// <summary>Kept at most this many address/account pairs; beyond it, expired pairs are dropped first.</summary>
    private const int MaxPairs = 100_000;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    public bool IsThrottled(IPAddress? address, string normalizedEmail) =>
        _failures.TryGetValue(Key(address, normalizedEmail), out var failures) && failures.Count(time.GetUtcNow()) >= MaxFailures;

    public void RecordFailure(IPAddress? address, string normalizedEmail)
    {
        var now = time.GetUtcNow();
        if (_failures.Count >= MaxPairs)
        {
            foreach (var (key, failures) in _failures)
            {
                if (failures.Count(now) == 0)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }

        _failures.GetOrAdd(Key(address, normalizedEmail), _ => new Failures()).Add(now);
    }

    public void Reset(IPAddress? address, string normalizedEmail) => _failures.TryRemove(Key(address, normalizedEmail), out _);

    private static string Key(IPAddress? address, string normalizedEmail) => $"{address}|{normalizedEmail}";

    /// <summary>The moments of recent failures of one pair.</summary>
    private sealed class Failures
    {
        private readonly Queue<DateTimeOffset> _moments = new();

        public int Count(DateTimeOffset now)
        {
            lock (_moments)
            {
                while (_moments.TryPeek(out var first) && now - first >= Window)
                {
                    _moments.Dequeue();
                }

                return _moments.Count;
            }
        }

        public void Add(DateTimeOffset now)
        {
            lock (_moments)
            {
                _moments.Enqueue(now);
                if (_moments.Count > MaxFailures)
                {
                    _moments.Dequeue();
                }
            }
        }
    }
}
