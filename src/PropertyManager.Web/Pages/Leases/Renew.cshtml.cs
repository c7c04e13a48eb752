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

/// <summary>
/// Renews a lease for a new term from the day after its current end: the end date moves and the term's rent schedule is
/// saved here in one save (which queues them), then sent to Buildium as one renewal by the next sync. Its POST needs
/// CanEdit (WriteHandlersFilter).
/// </summary>
public sealed class RenewModel(AppDbContext db, IValidator<LeaseRenewInput> validator) : PageModel
{
    [BindProperty]
    public LeaseRenewInput Input { get; set; } = new();

    public string Place { get; private set; } = "";
    public DateOnly? CurrentEnd { get; private set; }
    public decimal? CurrentRent { get; private set; }

    /// <summary>Why this lease cannot be renewed here, or null when it can.</summary>
    public string? Blocked { get; private set; }

    public IReadOnlyList<SelectListItem> GlAccounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        // A year from the day after the current end, at the rent in force now.
        var latest = await LatestRentAsync(id, cancellationToken);
        Input.NewEndDate = Input.TermStart?.AddYears(1).AddDays(-1);
        Input.Rent = latest?.TotalAmount;
        Input.RentCycle = latest?.RentCycle is { } cycle && LeaseCreateInput.Cycles.Contains(cycle) ? cycle : "Monthly";
        Input.RentGlAccountId = latest?.Charges.Select(c => c.GlAccountId).FirstOrDefault(g => g is not null) ?? await DefaultRentAccountAsync(cancellationToken);
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } lease)
        {
            return NotFound();
        }

        if (Blocked is not null)
        {
            ModelState.AddModelError(string.Empty, Blocked);
        }

        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        if (Input.RentGlAccountId is { } account && !await db.GlAccounts.AnyAsync(g => g.Id == account && g.Type == "Income", cancellationToken))
        {
            ModelState.AddModelError("Input.RentGlAccountId", "Choose one of the listed income accounts.");
        }

        if (ModelState.IsValid)
        {
            LeaseRenewal.Apply(lease, Input.NewEndDate!.Value, Input.Rent!.Value, Input.RentCycle!, Input.RentGlAccountId!.Value, Input.FirstRentDue);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = $"Lease renewed to {Input.NewEndDate.Value:d} at {Input.Rent.Value:C}; the renewal goes to Buildium with the next sync.";
                return RedirectToPage("./Details", new { id });
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    /// <summary>The lease (tracked, for the renewal), what the page shows of it, and whether it can be renewed here.</summary>
    private async Task<Lease?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var lease = await db.Leases.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lease is null)
        {
            return null;
        }

        var place = await db.Leases.AsNoTracking().Where(l => l.Id == id).Select(l => new { Property = l.Property!.Name, Unit = l.Unit!.UnitNumber }).FirstAsync(cancellationToken);
        Place = LeaseNames.Place(place.Property, place.Unit);
        CurrentEnd = lease.EndDate is { } end ? DateOnly.FromDateTime(end) : null;
        Input.CurrentEndDate = CurrentEnd;
        CurrentRent = (await LatestRentAsync(id, cancellationToken))?.TotalAmount;
        Blocked = lease switch
        {
            { EndDate: null } => "This lease runs month-to-month (it has no end date), so there is no term to renew: give it an end date from Edit first.",
            { Status: LeaseStatuses.Past } => "This lease has ended; Buildium renews only current and future leases. Create a new lease for the unit instead.",
            { BuildiumLeaseId: not > 0 } => "This lease is not in Buildium yet: sync it first, or change its end date from Edit.",
            _ when await db.LeaseRents.AnyAsync(r => r.LeaseId == id && r.BuildiumRentId == null, cancellationToken) =>
                "A renewal or rent change of this lease is still waiting to go to Buildium: sync before renewing again.",
            _ => null,
        };
        return lease;
    }

    private Task<LeaseRent?> LatestRentAsync(long id, CancellationToken cancellationToken) =>
        db.LeaseRents.AsNoTracking().Include(r => r.Charges).Where(r => r.LeaseId == id)
            .OrderByDescending(r => r.StartDate).FirstOrDefaultAsync(cancellationToken);

    private async Task<Guid?> DefaultRentAccountAsync(CancellationToken cancellationToken) =>
        await db.GlAccounts.AsNoTracking().Where(g => g.Type == "Income" && g.IsActive != false)
            .OrderByDescending(g => g.DefaultAccountName == "Rent Income").ThenBy(g => g.AccountNumber)
            .Select(g => (Guid?)g.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        GlAccounts = await db.GlAccounts.AsNoTracking().Where(g => g.Type == "Income" && g.IsActive != false).OrderBy(g => g.AccountNumber).ThenBy(g => g.Name)
            .Select(g => new SelectListItem((g.AccountNumber == null ? "" : g.AccountNumber + " ") + g.Name, g.Id.ToString(), g.Id == Input.RentGlAccountId))
            .ToListAsync(cancellationToken);
}
