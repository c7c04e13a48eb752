using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Webhooks;

namespace PropertyManager.Web.Pages.Admin.Sync.Webhooks;

/// <summary>One stored webhook event, its payload pretty-printed, and "Replay": the processor the <c>webhooks replay</c> command uses.</summary>
public sealed class DetailsModel(AppDbContext db, WebhookEventProcessor processor) : PageModel
{
    public BuildiumWebhookEvent Event { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var stored = await db.WebhookEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        Event = stored;
        return Page();
    }

    /// <summary>Fresh retry budget and processed now, in the request (it re-reads one record from Buildium).</summary>
    public async Task<IActionResult> OnPostReplayAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await processor.ReplayAsync(id.ToString(), cancellationToken) is null)
        {
            return NotFound();
        }

        var stored = await db.WebhookEvents.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken);
        if (stored.Processed == true)
        {
            TempData["Flash"] = "Replayed: the event was processed again.";
        }
        else
        {
            TempData["FlashError"] = $"Replayed, but processing failed again: {stored.ErrorMessage ?? "the background processor may have it; check again shortly."}";
        }

        return RedirectToPage(new { id });
    }
}
