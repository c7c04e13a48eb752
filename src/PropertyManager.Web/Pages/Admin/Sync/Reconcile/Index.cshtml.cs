using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertyManager.Sync.Kinds;
using PropertyManager.Sync.Reconcile;

namespace PropertyManager.Web.Pages.Admin.Sync.Reconcile;

/// <summary>
/// Compares the database with Buildium on demand, as the <c>reconcile</c> command does, with the same
/// <see cref="Reconciler"/>. It only reads, so it is a GET (bookmarkable, no antiforgery); it reads every record of
/// the chosen kinds from Buildium, within the request and its cancellation token.
/// </summary>
public sealed class IndexModel(Reconciler reconciler) : PageModel
{
    /// <summary>Ids listed per list before "and N more".</summary>
    public const int IdsShown = 20;

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Run { get; set; }

    public IReadOnlyList<KindReconciliation>? Results { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public static IEnumerable<string> KindNames => SyncCatalog.Kinds.Select(k => k.Name);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Kind) && SyncCatalog.Find(Kind) is null)
        {
            ModelState.AddModelError(nameof(Kind), "Choose one of the listed kinds.");
            return Page();
        }

        if (Run)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            Results = await reconciler.ReconcileAsync(string.IsNullOrEmpty(Kind) ? null : Kind, cancellationToken);
            Elapsed = started.Elapsed;
        }

        return Page();
    }
}
