using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.SyncState;
using PropertyManager.Sync.Pull;
using PropertyManager.Web.Admin;

namespace PropertyManager.Web.Pages.Admin.Sync.Runs;

/// <summary>One sync run: what started it, how long it took, its per-kind counts and errors.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public SyncRun Run { get; private set; } = null!;
    public IReadOnlyDictionary<string, KindCounts> Kinds { get; private set; } = new Dictionary<string, KindCounts>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var run = await db.SyncRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (run is null)
        {
            return NotFound();
        }

        Run = run;
        Kinds = RunCounts.Read(run.Counts);
        return Page();
    }
}
