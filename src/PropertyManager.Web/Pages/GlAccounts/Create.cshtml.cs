using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.GlAccounts;

public sealed class CreateModel(AppDbContext db, IValidator<GlAccountInput> validator) : PageModel
{
    [BindProperty]
    public GlAccountInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Parents = await GlAccountChoices.ParentsAsync(db, null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        if (ModelState.IsValid)
        {
            var account = new GlAccount { IsActive = true };
            Input.ApplyTo(account);
            db.GlAccounts.Add(account);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = $"GL account “{account.Name}” created; it goes to Buildium with the next sync.";
                return RedirectToPage("./Details", new { id = account.Id });
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
        }

        Parents = await GlAccountChoices.ParentsAsync(db, null, cancellationToken);
        return Page();
    }
}
