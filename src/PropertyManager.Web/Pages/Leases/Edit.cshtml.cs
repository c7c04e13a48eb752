using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Leases;

public sealed class EditModel(AppDbContext db, IValidator<LeaseInput> validator) : PageModel
{
    [BindProperty]
    public LeaseInput Input { get; set; } = new();

    public string? PropertyName { get; private set; }

    public string? Status { get; private set; }

    /// <summary>The units of the lease's property: a lease cannot move to another property.</summary>
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var lease = await db.Leases.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lease is null)
        {
            return NotFound();
        }

        Input = LeaseInput.From(lease);
        await LoadAsync(lease, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var lease = await db.Leases.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lease is null)
        {
            return NotFound();
        }

        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        if (Input.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId && u.PropertyId == lease.PropertyId, cancellationToken))
        {
            ModelState.AddModelError("Input.UnitId", "Choose a unit of this lease's property.");
        }

        if (ModelState.IsValid)
        {
            Input.ApplyTo(lease);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                // Notes have no Buildium field (LeaseMapper.LocalOnlyFields): say so rather than promise they are sent.
                TempData["Flash"] = "Changes saved. Dates and unit go to Buildium with the next sync; notes stay in this app only.";
                return RedirectToPage("./Details", new { id });
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
        }

        await LoadAsync(lease, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Lease lease, CancellationToken cancellationToken)
    {
        PropertyName = await db.Properties.Where(p => p.Id == lease.PropertyId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        Status = lease.Status;
        Units = await db.Units.AsNoTracking().Where(u => u.PropertyId == lease.PropertyId).OrderBy(u => u.UnitNumber)
            .Select(u => new SelectListItem(u.UnitNumber ?? "(no number)", u.Id.ToString()))
            .ToListAsync(cancellationToken);
    }
}
