using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Tenants;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Tenants;

/// <summary>
/// Edits a tenant's contact details; the next sync sends them to Buildium in a PUT that keeps everything else Buildium
/// holds (emergency contact, alternate address...).
/// </summary>
public sealed class EditModel(AppDbContext db, IValidator<TenantInput> validator) : PageModel
{
    [BindProperty]
    public TenantInput Input { get; set; } = new();

    public string Name { get; private set; } = "";

    /// <summary>Buildium holds a tax id this app sees only masked: a change must bring the full one or it would erase it.</summary>
    public bool TaxIdMasked { get; private set; }

    public string? TaxIdShown { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tenant is null)
        {
            return NotFound();
        }

        Input = TenantInput.From(tenant);
        Describe(tenant);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tenant is null)
        {
            return NotFound();
        }

        Describe(tenant);
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        if (TaxIdMasked && string.IsNullOrWhiteSpace(Input.TaxId))
        {
            ModelState.AddModelError("Input.TaxId",
                "Buildium shows this tenant's tax id only masked, and a change sent without it would erase it there: enter the full tax id.");
        }

        if (ModelState.IsValid)
        {
            Input.ApplyTo(tenant);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = "Contact details saved; they go to Buildium with the next sync.";
                return RedirectToPage("./Details", new { id });
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
        }

        return Page();
    }

    private void Describe(Tenant tenant)
    {
        Name = $"{tenant.FirstName} {tenant.LastName}".Trim();
        TaxIdMasked = tenant.TaxId is { } taxId && taxId.Any(c => c is 'x' or 'X' or '*');
        TaxIdShown = Sensitive.Mask.Last4(tenant.TaxId);
    }
}
