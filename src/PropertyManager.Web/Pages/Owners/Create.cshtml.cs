using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Owners;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Owners;

public sealed class CreateModel(AppDbContext db, IValidator<OwnerInput> validator) : PageModel
{
    [BindProperty]
    public OwnerInput Input { get; set; } = new();

    /// <summary>Buildium creates an owner only with at least one property, so the first one is chosen here.</summary>
    [BindProperty]
    public Guid? PropertyId { get; set; }

    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];

    public async Task OnGetAsync(Guid? propertyId, CancellationToken cancellationToken)
    {
        PropertyId = propertyId;
        Properties = await RecordChoices.PropertiesAsync(db, propertyId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        // On create the type goes with the id (Buildium: "TaxPayerId ... Required if TaxPayerType is set"); on edit an
        // empty id keeps the stored one, and the owner PUT carries no tax information.
        if (!string.IsNullOrWhiteSpace(Input.TaxPayerType) && string.IsNullOrWhiteSpace(Input.TaxPayerId) && ModelState.GetFieldValidationState("Input.TaxPayerId") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError("Input.TaxPayerId", "Enter the tax id, or leave its type empty; Buildium takes them together.");
        }

        if (PropertyId is not { } propertyId || !await db.Properties.AnyAsync(p => p.Id == propertyId, cancellationToken))
        {
            ModelState.AddModelError(nameof(PropertyId), "Choose a property the owner owns; Buildium needs at least one.");
        }

        if (ModelState.IsValid)
        {
            var owner = new Owner { IsActive = true };
            Input.ApplyTo(owner);
            owner.Ownerships.Add(new Ownership
            {
                PropertyId = PropertyId,
                OwnershipPercentage = 100,
                DisbursementPercentage = 100,
                Primary = !await db.Ownerships.AnyAsync(o => o.PropertyId == PropertyId && o.Primary == true, cancellationToken),
                OwnerName = OwnerNames.Of(owner),
            });
            db.Owners.Add(owner);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = $"Owner “{OwnerNames.Of(owner)}” created; it goes to Buildium with the next sync. Adjust the share below.";
                return RedirectToPage("./Details", null, new { id = owner.Id }, "ownership");
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
        }

        Properties = await RecordChoices.PropertiesAsync(db, PropertyId, cancellationToken);
        return Page();
    }
}
