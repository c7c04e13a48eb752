using Microsoft.Extensions.Caching.Memory;
using PropertyManager.Data;
using PropertyManager.Data.Reports;
using PropertyManager.Data.Security;

namespace PropertyManager.Web.Lists;

/// <summary>
/// A portfolio report (the rent roll of 20,000 units) computed once and served again, to the same user with the
/// same access, filters and day, for as long as its <see cref="ReportVersions"/> counter stands still: any committed
/// change under the report, from the app, the sync or anyone else, moves the counter and the next request recomputes.
/// The counter is read before the rows, so a kept report is never older than the counter it is kept under. Sorting,
/// paging, search and export then work on the kept rows (see <see cref="ListPageModel{TRow}.RowsInMemoryAsync"/>).
/// </summary>
public sealed class ReportCache : IDisposable
{
    /// <summary>Rows kept at most, all reports and users together (a portfolio's rent roll is one row per unit).</summary>
    public const int RowLimit = 250_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = RowLimit });

    public async Task<IReadOnlyList<TRow>> RowsAsync<TRow>(
        AppDbContext db, PortfolioAccess access, string report, string filters, Func<CancellationToken, Task<List<TRow>>> load,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(load);
        var version = await ReportVersions.ReadAsync(db, report, cancellationToken);
        // Per user and access: the rows were read through that user's query filters and row level security.
        var key = (typeof(TRow), access.UserId, access.AllProperties, access.AllFinance, string.Join(',', access.PropertyIds.Order()),
            filters, DateTime.Today);
        if (_cache.TryGetValue(key, out Kept<TRow>? kept) && kept!.Version == version)
        {
            return kept.Rows;
        }

        var rows = await load(cancellationToken);
        _cache.Set(key, new Kept<TRow>(version, rows), new MemoryCacheEntryOptions
        {
            Size = rows.Count + 1,
            SlidingExpiration = TimeSpan.FromMinutes(30),
        });
        return rows;
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Kept<TRow>(long Version, IReadOnlyList<TRow> Rows);
}
