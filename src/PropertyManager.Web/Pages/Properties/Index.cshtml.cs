using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;

namespace PropertyManager.Web.Pages.Properties;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    private static readonly int[] _pageSizes = [25, 50, 100];

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "name";

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int PageSize { get; set; } = 25;

    public IReadOnlyList<PropertyRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageSize = _pageSizes.Contains(PageSize) ? PageSize : 25;
        PageNumber = Math.Max(1, PageNumber);

        var query = db.Properties.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = "%" + Search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(p => EF.Functions.ILike(p.Name!, pattern) || EF.Functions.ILike(p.AddressLine1!, pattern)
                || EF.Functions.ILike(p.City!, pattern) || EF.Functions.ILike(p.PostalCode!, pattern));
        }

        query = Sort switch
        {
            "city" => query.OrderBy(p => p.City).ThenBy(p => p.Name),
            "units" => query.OrderByDescending(p => p.Units.Count).ThenBy(p => p.Name),
            "status" => query.OrderBy(p => p.Status).ThenBy(p => p.Name),
            _ => query.OrderBy(p => p.Name).ThenBy(p => p.Id),
        };

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Min(PageNumber, PageCount);
        Rows = await query
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(p => new PropertyRow(p.Id, p.Name, p.AddressLine1, p.City, p.State, p.PostalCode, p.Status, p.IsActive, p.BuildiumPropertyId, p.Units.Count))
            .ToListAsync(cancellationToken);
    }

    public Dictionary<string, string?> RouteFor(int? page = null, string? sort = null) => new()
    {
        ["search"] = Search,
        ["sort"] = sort ?? Sort,
        ["page"] = (page ?? PageNumber).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["pageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public sealed record PropertyRow(
        Guid Id, string? Name, string? AddressLine1, string? City, string? State, string? PostalCode,
        string? Status, bool? IsActive, int? BuildiumId, int UnitCount);
}
