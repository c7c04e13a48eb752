using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertyManager.Buildium.Errors;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Reconcile;

namespace PropertyManager.Web.Pages.Admin.Sync.Reconcile;

/// <summary>
/// Compares the database with Buildium on demand, as the <c>reconcile</c> command does, with the same
/// <see cref="Reconciler"/>. Running it is a POST with the anti-forgery token: it costs a Buildium read of every record
/// of the chosen kinds, so no link or image elsewhere may start one. It runs within the request and its cancellation token.
/// </summary>
public sealed class IndexModel(Reconciler reconciler, ILogger<IndexModel> logger) : PageModel
{
    /// <summary>Ids listed per list before "and N more".</summary>
    public const int IdsShown = 20;

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<KindReconciliation>? Results { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public static IEnumerable<string> KindNames => SyncCatalog.Kinds.Select(k => k.Name);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Kind) && SyncCatalog.Find(Kind) is null)
        {
            ModelState.AddModelError(nameof(Kind), "Choose one of the listed kinds.");
            return Page();
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            Results = await reconciler.ReconcileAsync(string.IsNullOrEmpty(Kind) ? null : Kind, cancellationToken);
        }
        catch (BuildiumException ex)
        {
            // Buildium down, refusing our keys or out of patience: say so on the page; nothing was changed.
            logger.LogWarning(ex, "Reconciliation stopped: Buildium could not be read");
            ModelState.AddModelError("", $"Buildium could not be read, so nothing was compared: {ex.Message}");
        }

        Elapsed = started.Elapsed;
        return Page();
    }
}
