using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Units;

public sealed class EditModel(AppDbContext db, IValidator<UnitInput> validator) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public string? Number { get; private set; }

    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        Input = UnitInput.From(unit);
        Number = unit.UnitNumber;
        Properties = await RecordChoices.PropertiesAsync(db, unit.PropertyId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        Number = unit.UnitNumber;
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        await ModelState.RequireChosenAsync("Input.PropertyId", Input.PropertyId is not null, db.Properties, p => p.Id == Input.PropertyId,
            "Choose one of the listed properties.", cancellationToken);
        if (result.IsValid && await Input.NumberTakenAsync(db, id, cancellationToken))
        {
            ModelState.AddModelError("Input.UnitNumber", "This property already has a unit with this number.");
        }

        if (ModelState.IsValid)
        {
            Input.ApplyTo(unit);
            try
            {
                // Moving a unit that Buildium has to another property is refused here: Buildium's PUT cannot move it.
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = "Changes saved; they go to Buildium with the next sync.";
                return RedirectToPage("./Details", new { id });
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
