using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Common;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Sensitive;

namespace PropertyManager.Web.Pages.Vendors;

public sealed class EditModel(AppDbContext db, IValidator<VendorInput> validator) : PageModel
{
    [BindProperty]
    public VendorInput Input { get; set; } = new();

    public string? Name { get; private set; }

    public string? MaskedTaxId { get; private set; }

    /// <summary>The stored tax id is Buildium's masked SSN, which can never be sent back (ADR-013): the full one is asked for.</summary>
    public bool AskFullTaxId { get; private set; }

    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var vendor = await db.Vendors.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vendor is null)
        {
            return NotFound();
        }

        Input = VendorInput.From(vendor);
        Name = vendor.Name;
        MaskedTaxId = Mask.Last4(vendor.TaxId);
        AskFullTaxId = TaxPayerIds.IsMasked(vendor.TaxId);
        Categories = await VendorInput.CategoriesAsync(db, vendor.CategoryId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var vendor = await db.Vendors.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vendor is null)
        {
            return NotFound();
        }

        Name = vendor.Name;
        MaskedTaxId = Mask.Last4(vendor.TaxId);
        AskFullTaxId = TaxPayerIds.IsMasked(vendor.TaxId);
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        // The push could not send this vendor without the full id (ADR-013): the form asks now, not the Failed list later.
        if (AskFullTaxId && string.IsNullOrWhiteSpace(Input.TaxId))
        {
            ModelState.AddModelError("Input.TaxId", "Buildium shows this vendor's SSN masked and needs it in full with any change: enter the full tax id (123-45-6789 or 12-3456789).");
        }

        await ModelState.RequireChosenAsync("Input.CategoryId", Input.CategoryId is not null, db.VendorCategories, c => c.BuildiumCategoryId == Input.CategoryId,
            "Choose one of the listed categories.", cancellationToken);
        if (ModelState.IsValid)
        {
            Input.ApplyTo(vendor);
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

        Categories = await VendorInput.CategoriesAsync(db, Input.CategoryId, cancellationToken);
        return Page();
    }
}
