using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Vendors;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Vendors;

public sealed class CreateModel(AppDbContext db, IValidator<VendorInput> validator) : PageModel
{
    [BindProperty]
    public VendorInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Categories = await VendorInput.CategoriesAsync(db, null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        await ModelState.RequireChosenAsync("Input.CategoryId", Input.CategoryId is not null, db.VendorCategories, c => c.BuildiumCategoryId == Input.CategoryId,
            "Choose one of the listed categories.", cancellationToken);
        if (ModelState.IsValid)
        {
            var vendor = new Vendor { IsActive = true };
            Input.ApplyTo(vendor);
            db.Vendors.Add(vendor);
            try
            {
                // The outbox row that sends it to Buildium is written in this same save.
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = $"Vendor “{vendor.Name}” created; it goes to Buildium with the next sync.";
                return RedirectToPage("./Details", new { id = vendor.Id });
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
