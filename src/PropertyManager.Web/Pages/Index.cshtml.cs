using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;

namespace PropertyManager.Web.Pages;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<DashboardTile> Tiles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Sequential on purpose: one DbContext does not run queries in parallel.
        Tiles =
        [
            new("Properties", "/Properties", await db.Properties.CountAsync(cancellationToken)),
            new("Units", "/Units", await db.Units.CountAsync(cancellationToken)),
            new("Owners", "/Owners", await db.Owners.CountAsync(cancellationToken)),
            new("Leases", "/Leases", await db.Leases.CountAsync(cancellationToken)),
            new("Vendors", "/Vendors", await db.Vendors.CountAsync(cancellationToken)),
            new("Bills", "/Bills", await db.Bills.CountAsync(cancellationToken)),
            new("Tasks", "/Tasks", await db.Tasks.CountAsync(cancellationToken)),
            new("Work orders", "/WorkOrders", await db.WorkOrders.CountAsync(cancellationToken)),
        ];
    }

    public sealed record DashboardTile(string Label, string Path, int Count);
}
