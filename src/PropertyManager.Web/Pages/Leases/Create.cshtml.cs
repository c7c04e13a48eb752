using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Tenants;
using PropertyManager.Data.Units;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Leases;

/// <summary>
/// Signs a lease for a vacant unit: saved here with its tenants, rent and deposit in one save (which queues it), then
/// sent to Buildium as one lease POST by the next sync.
/// </summary>
public sealed class CreateModel(AppDbContext db, IValidator<LeaseCreateInput> validator) : PageModel
{
    /// <summary>Rows offered for new tenants (blank rows are ignored).</summary>
    public const int NewTenantRows = 3;

    [BindProperty]
    public LeaseCreateInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];
    public IReadOnlyList<SelectListItem> GlAccounts { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Tenants { get; private set; } = [];

    /// <summary>The property narrows the unit picker to its vacant units (<c>?propertyId=</c>, also the unit page's link).</summary>
    public async Task OnGetAsync(Guid? propertyId, Guid? unitId, CancellationToken cancellationToken)
    {
        if (unitId is { } chosen && await db.Units.AsNoTracking().Where(u => u.Id == chosen).Select(u => u.PropertyId).FirstOrDefaultAsync(cancellationToken) is { } unitProperty)
        {
            propertyId ??= unitProperty;
            Input.UnitId = chosen;
        }

        Input.PropertyId = propertyId;
        var today = DateOnly.FromDateTime(DateTime.Today);
        Input.StartDate = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        Input.EndDate = Input.StartDate.Value.AddYears(1).AddDays(-1);
        Input.RentGlAccountId = await DefaultRentAccountAsync(cancellationToken);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        Unit? unit = null;
        if (Input.UnitId is { } unitId)
        {
            unit = await VacantUnits().FirstOrDefaultAsync(u => u.Id == unitId && u.PropertyId == Input.PropertyId, cancellationToken);
            if (unit is null)
            {
                ModelState.AddModelError("Input.UnitId", "Choose one of the listed vacant units of this property.");
            }
        }

        if (Input.RentGlAccountId is { } account && !await db.GlAccounts.AnyAsync(g => g.Id == account && g.Type == "Income", cancellationToken))
        {
            ModelState.AddModelError("Input.RentGlAccountId", "Choose one of the listed income accounts.");
        }

        var known = Input.ExistingTenantIds.Distinct().ToList();
        if (known.Count > 0 && await db.Tenants.CountAsync(t => known.Contains(t.Id), cancellationToken) != known.Count)
        {
            ModelState.AddModelError("Input.ExistingTenantIds", "Choose tenants from the list.");
        }

        if (ModelState.IsValid && unit is not null)
        {
            var address = await db.Properties.AsNoTracking().Where(p => p.Id == unit.PropertyId).FirstAsync(cancellationToken);
            // A new tenant's address is the unit they move into (Buildium requires one), as Buildium's own form suggests.
            var tenants = Input.FilledTenants.Select(t => new Tenant
            {
                FirstName = t.FirstName!.Trim(),
                LastName = t.LastName!.Trim(),
                Email = string.IsNullOrWhiteSpace(t.Email) ? null : t.Email.Trim(),
                PhoneMobile = string.IsNullOrWhiteSpace(t.Phone) ? null : t.Phone.Trim(),
                AddressLine1 = unit.AddressLine1 ?? address.AddressLine1,
                AddressLine2 = string.IsNullOrWhiteSpace(unit.AddressLine1) ? address.AddressLine2 : unit.AddressLine2,
                City = unit.City ?? address.City,
                State = unit.State ?? address.State,
                PostalCode = unit.PostalCode ?? address.PostalCode,
                Country = unit.Country ?? address.Country,
            }).ToList();
            var lease = NewLease.Build(
                unit, Input.StartDate!.Value, Input.EndDate, Input.Deposit, Input.Rent!.Value, Input.RentCycle!, Input.RentGlAccountId!.Value,
                Input.FirstRentDue ?? Input.StartDate.Value, tenants, known);
            db.Leases.Add(lease);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = "Lease created with its tenants and rent; it goes to Buildium with the next sync.";
                return RedirectToPage("./Details", new { id = lease.Id });
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Active units with no current or future lease.</summary>
    private IQueryable<Unit> VacantUnits() =>
        db.Units.AsNoTracking().Where(u => u.IsActive != false
            && !u.Leases.Any(l => l.Status == LeaseStatuses.Active || l.Status == LeaseStatuses.Future || (l.Status == null && (l.EndDate == null || l.EndDate >= DateTime.Today))));

    private async Task<Guid?> DefaultRentAccountAsync(CancellationToken cancellationToken) =>
        await db.GlAccounts.AsNoTracking().Where(g => g.Type == "Income" && g.IsActive != false)
            .OrderByDescending(g => g.DefaultAccountName == "Rent Income").ThenBy(g => g.AccountNumber)
            .Select(g => (Guid?)g.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        while (Input.NewTenants.Count < NewTenantRows)
        {
            Input.NewTenants.Add(new NewTenantInput());
        }

        Properties = await RecordChoices.PropertiesAsync(db, Input.PropertyId, cancellationToken);
        Units = Input.PropertyId is { } propertyId
            ? await VacantUnits().Where(u => u.PropertyId == propertyId).OrderBy(u => u.UnitNumber)
                .Select(u => new SelectListItem(u.UnitNumber ?? "(no number)", u.Id.ToString(), u.Id == Input.UnitId))
                .ToListAsync(cancellationToken)
            : [];
        GlAccounts = await db.GlAccounts.AsNoTracking().Where(g => g.Type == "Income" && g.IsActive != false).OrderBy(g => g.AccountNumber).ThenBy(g => g.Name)
            .Select(g => new SelectListItem((g.AccountNumber == null ? "" : g.AccountNumber + " ") + g.Name, g.Id.ToString(), g.Id == Input.RentGlAccountId))
            .ToListAsync(cancellationToken);
        var chosen = Input.ExistingTenantIds;
        Tenants = await db.Tenants.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.LastName).ThenBy(t => t.FirstName).Take(500)
            .Select(t => new SelectListItem(t.LastName + ", " + t.FirstName + (t.Email == null ? "" : " (" + t.Email + ")"), t.Id.ToString(), chosen.Contains(t.Id)))
            .ToListAsync(cancellationToken);
    }
}
