using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Sensitive;

namespace PropertyManager.Web.Pages.Owners;

public sealed class EditModel(AppDbContext db, IValidator<OwnerInput> validator) : PageModel
{
    [BindProperty]
    public OwnerInput Input { get; set; } = new();

    public string? Name { get; private set; }

    public string? MaskedTaxId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var owner = await db.Owners.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (owner is null)
        {
            return NotFound();
        }

        Input = OwnerInput.From(owner);
        Name = OwnerNames.Of(owner);
        MaskedTaxId = Mask.Last4(owner.TaxPayerId ?? owner.TaxId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var owner = await db.Owners.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (owner is null)
        {
            return NotFound();
        }

        Name = OwnerNames.Of(owner);
        MaskedTaxId = Mask.Last4(owner.TaxPayerId ?? owner.TaxId);
        var result = await validator.ValidateAsync(Input, cancellationToken);
        if (result.IsValid && ModelState.IsValid)
        {
            Input.ApplyTo(owner);
            try
            {
                // Buildium takes tax data only on create: changing it for an owner Buildium has is refused here.
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

        return Page();
    }
}
