using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Properties;

public sealed class EditModel(AppDbContext db, IValidator<PropertyInput> validator) : PageModel
{
    [BindProperty]
    public PropertyInput Input { get; set; } = new();

    public string? Name { get; private set; }

    public IReadOnlyList<SelectListItem> BankAccounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var property = await db.Properties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (property is null)
        {
            return NotFound();
        }

        Input = PropertyInput.From(property);
        Name = property.Name;
        BankAccounts = await BankAccountChoices.LoadAsync(db, property.OperatingBankAccountId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var property = await db.Properties.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (property is null)
        {
            return NotFound();
        }

        Name = property.Name;
        var result = await validator.ValidateAsync(Input, cancellationToken);
        if (result.IsValid && ModelState.IsValid)
        {
            Input.ApplyTo(property);
            try
            {
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

        BankAccounts = await BankAccountChoices.LoadAsync(db, Input.OperatingBankAccountId, cancellationToken);
        return Page();
    }
}
