using System.Text.Json;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Web.Admin;

/// <summary>The per-kind counters a run stored in <c>sync_runs.counts</c>, read back for the run pages.</summary>
public static class RunCounts
{
    public static IReadOnlyDictionary<string, KindCounts> Read(JsonDocument? counts)
    {
        if (counts is null || counts.RootElement.ValueKind != JsonValueKind.Object)
        {
            return new Dictionary<string, KindCounts>();
        }

        // jsonb keeps keys by length, not as written: the pages list kinds in the order a run takes them.
        var kinds = counts.RootElement.Deserialize<Dictionary<string, KindCounts>>() ?? [];
        return kinds.OrderBy(k => RunOrder(k.Key)).ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal);
    }

    private static int RunOrder(string kind)
    {
        var index = SyncCatalog.PullOrder.ToList().FindIndex(k => string.Equals(k.Name, kind, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }

    /// <summary>"12 read, 3 created, 1 updated" over all kinds, for a one-line summary.</summary>
    public static string Summary(IReadOnlyDictionary<string, KindCounts> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var all = kinds.Values;
        var parts = new List<string>();
        Add(all.Sum(k => k.Read), "read");
        Add(all.Sum(k => k.Created), "created");
        Add(all.Sum(k => k.Updated), "updated");
        Add(all.Sum(k => k.Deactivated), "deactivated");
        Add(all.Sum(k => k.Pushed), "pushed");
        Add(all.Sum(k => k.Failed), "failed");
        return parts.Count == 0 ? "no changes" : string.Join(", ", parts);

        void Add(int value, string label)
        {
            if (value > 0)
            {
                parts.Add(string.Create(System.Globalization.CultureInfo.CurrentCulture, $"{value:N0} {label}"));
            }
        }
    }

    public static string Duration(DateTimeOffset started, DateTimeOffset? finished)
    {
        if (finished is not { } end)
        {
            return "running";
        }

        var span = end - started;
        return span.TotalSeconds < 60
            ? string.Create(System.Globalization.CultureInfo.CurrentCulture, $"{span.TotalSeconds:0.0} s")
            : string.Create(System.Globalization.CultureInfo.CurrentCulture, $"{(int)span.TotalMinutes} min {span.Seconds} s");
    }
}
