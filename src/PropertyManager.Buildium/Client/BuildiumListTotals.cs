namespace PropertyManager.Buildium.Client;

/// <summary>
/// Within the returned scope (flowing with async calls), each list read reports the <c>X-Total-Count</c> of its first
/// page: how a caller learns a list's size for a progress bar without a request of its own.
/// </summary>
public static class BuildiumListTotals
{
    private static readonly AsyncLocal<Action<int>?> _observer = new();

    public static IDisposable Observe(Action<int> onTotal)
    {
        ArgumentNullException.ThrowIfNull(onTotal);
        var previous = _observer.Value;
        _observer.Value = onTotal;
        return new Scope(previous);
    }

    internal static void Report(int? total)
    {
        if (total is { } value && _observer.Value is { } observer)
        {
            observer(value);
        }
    }

    private sealed class Scope(Action<int>? previous) : IDisposable
    {
        public void Dispose() => _observer.Value = previous;
    }
}
