using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Units;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Units;

public sealed class CreateModel(AppDbContext db, IValidator<UnitInput> validator) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];

    /// <summary>The property's details page links here with <c>?propertyId=</c>, so the unit starts in that property.</summary>
    public async Task OnGetAsync(Guid? propertyId, CancellationToken cancellationToken)
    {
        Input.PropertyId = propertyId;
        // A new unit starts at its property's address (Buildium requires one on every unit); the user adjusts it.
        if (propertyId is { } id && await db.Properties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } property)
        {
            Input.AddressLine1 = property.AddressLine1;
            Input.AddressLine2 = property.AddressLine2;
            Input.City = property.City;
            Input.State = property.State;
            Input.PostalCode = property.PostalCode;
            Input.Country = CountryChoices.ForForm(property.Country);
        }

        Properties = await RecordChoices.PropertiesAsync(db, propertyId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        await ModelState.RequireChosenAsync("Input.PropertyId", Input.PropertyId is not null, db.Properties, p => p.Id == Input.PropertyId,
            "Choose one of the listed properties.", cancellationToken);
        if (result.IsValid && await Input.NumberTakenAsync(db, null, cancellationToken))
        {
            ModelState.AddModelError("Input.UnitNumber", "This property already has a unit with this number.");
        }

        if (ModelState.IsValid)
        {
            var unit = new Unit { IsActive = true };
            Input.ApplyTo(unit);
            db.Units.Add(unit);
            try
            {
                // The outbox row that sends it to Buildium is written in this same save.
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = $"Unit “{unit.UnitNumber}” created; it goes to Buildium with the next sync.";
                return RedirectToPage("./Details", new { id = unit.Id });
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
        }

        Properties = await RecordChoices.PropertiesAsync(db, Input.PropertyId, cancellationToken);
        return Page();
    }
}
