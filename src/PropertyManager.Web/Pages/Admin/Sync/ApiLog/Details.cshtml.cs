using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;

namespace PropertyManager.Web.Pages.Admin.Sync.ApiLog;

/// <summary>One logged Buildium call: request and response bodies pretty-printed (secrets were masked when logged).</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public BuildiumApiLogEntry Call { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var call = await db.ApiLog.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }

        Call = call;
        return Page();
    }
}
