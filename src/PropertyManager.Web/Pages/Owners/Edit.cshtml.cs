using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.SyncState;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Sensitive;

namespace PropertyManager.Web.Pages.Owners;

public sealed class EditModel(AppDbContext db, IValidator<OwnerInput> validator, TimeProvider time) : PageModel
{
    [BindProperty]
    public OwnerInput Input { get; set; } = new();

    public string? Name { get; private set; }

    public string? MaskedTaxId { get; private set; }

    /// <summary>The owner came from Buildium and its date of birth there is unknown (write-only in Buildium, ADR-013).</summary>
    public bool AskDateOfBirth { get; private set; }

    /// <summary>The user's answer when the date of birth is left empty: Buildium has none for this owner.</summary>
    [BindProperty]
    public bool NoDateOfBirthInBuildium { get; set; }

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
        AskDateOfBirth = await DateOfBirthUnknownAsync(owner, cancellationToken);
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
        AskDateOfBirth = await DateOfBirthUnknownAsync(owner, cancellationToken);
        var result = await validator.ValidateAsync(Input, cancellationToken);
        if (result.IsValid && ModelState.IsValid)
        {
            Input.ApplyTo(owner);
            if (AskDateOfBirth && owner.DateOfBirth is null && NoDateOfBirthInBuildium)
            {
                await WriteOnlyAnswers.RecordAsync(db, SyncEntityTypes.Owner, id, WriteOnlyFields.OwnerDateOfBirth, null, time.GetUtcNow(), cancellationToken);
            }

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

    /// <summary>A Buildium owner without a local date of birth, and no one has said Buildium has none.</summary>
    private async Task<bool> DateOfBirthUnknownAsync(Data.Owners.Owner owner, CancellationToken cancellationToken) =>
        owner.BuildiumOwnerId is not null && owner.DateOfBirth is null
        && await WriteOnlyAnswers.FindAsync(db, SyncEntityTypes.Owner, owner.Id, WriteOnlyFields.OwnerDateOfBirth, cancellationToken) is null;
}
