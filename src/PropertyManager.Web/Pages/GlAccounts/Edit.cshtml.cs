using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.GlAccounts;

public sealed class EditModel(AppDbContext db, IValidator<GlAccountInput> validator) : PageModel
{
    [BindProperty]
    public GlAccountInput Input { get; set; } = new();

    public string? Name { get; private set; }

    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await db.GlAccounts.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        Input = GlAccountInput.From(account);
        Name = account.Name;
        Parents = await GlAccountChoices.ParentsAsync(db, id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await db.GlAccounts.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        Name = account.Name;
        var result = await validator.ValidateAsync(Input, cancellationToken);
        if (result.IsValid && ModelState.IsValid)
        {
            Input.ApplyTo(account);
            try
            {
                // A sub type of another type would change the type, which Buildium does not allow: refused here.
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = "Changes saved; they go to Buildium with the next sync.";
                return RedirectToPage("./Details", new { id });
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
        }
        else
        {
            ModelState.AddValidationErrors(result);
        }

        Parents = await GlAccountChoices.ParentsAsync(db, id, cancellationToken);
        return Page();
    }
}
