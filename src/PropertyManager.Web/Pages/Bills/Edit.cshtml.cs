using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Bills;

public sealed class EditModel(AppDbContext db, IValidator<BillInput> validator) : PageModel
{
    [BindProperty]
    public BillInput Input { get; set; } = new();

    public BillChoices Choices { get; private set; } = BillChoices.Empty;

    public string? BillName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var bill = await db.Bills.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (bill is null)
        {
            return NotFound();
        }

        Input = BillInput.From(bill);
        BillName = bill.ReferenceNumber ?? bill.Description;
        Choices = await BillChoices.LoadAsync(db, Input, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var bill = await db.Bills.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (bill is null)
        {
            return NotFound();
        }

        BillName = bill.ReferenceNumber ?? bill.Description;
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

        var paid = await db.BillPayments.Where(p => p.BillId == id).SumAsync(p => p.Amount ?? 0, cancellationToken);
        if (Input.Amount is { } amount && amount < paid)
        {
            ModelState.AddModelError("Input.Amount", $"The bill's payments already add up to {paid.ToString("C", System.Globalization.CultureInfo.CurrentCulture)}; the amount cannot be less.");
        }

        if (ModelState.IsValid)
        {
            Input.ApplyTo(bill);
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

        Choices = await BillChoices.LoadAsync(db, Input, cancellationToken);
        return Page();
    }
}
