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
        // buildium_gl_account_id is NOT NULL and unique, so a new account holds 0 until Buildium gives it an id: only one can wait.
        if (await db.GlAccounts.AnyAsync(g => g.BuildiumGlAccountId == 0, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, "Another new GL account is still waiting for its Buildium id; add this one after the next sync.");
        }

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
                ModelState.AddModelError(string.Empty, ex.Message);
            }
        }

        Parents = await GlAccountChoices.ParentsAsync(db, null, cancellationToken);
        return Page();
    }
}
