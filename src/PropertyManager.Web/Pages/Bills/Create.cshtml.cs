using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertyManager.Data;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Bills;

public sealed class CreateModel(AppDbContext db, IValidator<BillInput> validator, TimeProvider time) : PageModel
{
    [BindProperty]
    public BillInput Input { get; set; } = new();

    public BillChoices Choices { get; private set; } = BillChoices.Empty;

    /// <summary>The vendor and property pages link here with their record chosen.</summary>
    public async Task OnGetAsync(Guid? vendorId, Guid? propertyId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        Input = new BillInput { VendorId = vendorId, PropertyId = propertyId, Date = today, DueDate = today.AddDays(30) };
        Choices = await BillChoices.LoadAsync(db, Input, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        await ModelState.RequireChosenAsync("Input.VendorId", Input.VendorId is not null, db.Vendors, v => v.Id == Input.VendorId,
            "Choose one of the listed vendors.", cancellationToken);
        await ModelState.RequireChosenAsync("Input.CategoryId", Input.CategoryId is not null, db.BillCategories, c => c.BuildiumCategoryId == Input.CategoryId,
            "Choose one of the listed categories.", cancellationToken);
        await ModelState.RequireChosenAsync("Input.PropertyId", Input.PropertyId is not null, db.Properties, p => p.Id == Input.PropertyId,
            "Choose one of the listed properties.", cancellationToken);
        if (!await PortfolioChoices.UnitFitsAsync(db, Input.PropertyId, Input.UnitId, cancellationToken))
        {
            ModelState.AddModelError("Input.UnitId", "Choose a unit of the chosen property.");
        }

        if (ModelState.IsValid)
        {
            var bill = new Bill { Status = BillStatuses.Unpaid, IsRecurring = false };
            Input.ApplyTo(bill);
            db.Bills.Add(bill);
            try
            {
                // The outbox row that sends it to Buildium is written in this same save.
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = "Bill created; it goes to Buildium with the next sync.";
                return RedirectToPage("./Details", new { id = bill.Id });
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
        }

        Choices = await BillChoices.LoadAsync(db, Input, cancellationToken);
        return Page();
    }
}
