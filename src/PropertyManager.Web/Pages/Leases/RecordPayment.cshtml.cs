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
/// Receives a payment on a lease: saved as a ledger line here (which queues it) and posted to the lease in Buildium by
/// the next sync, whose pull then brings the lowered balance. Its POST needs CanEdit (WriteHandlersFilter).
/// </summary>
public sealed class RecordPaymentModel(AppDbContext db, IValidator<LeasePaymentInput> validator) : PageModel
{
    [BindProperty]
    public LeasePaymentInput Input { get; set; } = new();

    public string Place { get; private set; } = "";
    public decimal? Balance { get; private set; }
    public IReadOnlyList<SelectListItem> Payers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Date = DateOnly.FromDateTime(DateTime.Today);
        Input.PayerTenantId = await db.LeaseTenants.Where(t => t.LeaseId == id).OrderByDescending(t => t.IsPrimary).Select(t => (Guid?)t.TenantId).FirstOrDefaultAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        if (Input.PayerTenantId is { } payer && !await db.LeaseTenants.AnyAsync(t => t.LeaseId == id && t.TenantId == payer, cancellationToken))
        {
            ModelState.AddModelError("Input.PayerTenantId", "Choose one of this lease's tenants.");
        }

        if (ModelState.IsValid)
        {
            db.LeaseTransactions.Add(new LeaseTransaction
            {
                LeaseId = id,
                TransactionType = "Payment",
                Date = Input.Date,
                TotalAmount = Input.Amount!.Value,
                PaymentMethod = Input.Method,
                CheckNumber = string.IsNullOrWhiteSpace(Input.ReferenceNumber) ? null : Input.ReferenceNumber.Trim(),
                Memo = string.IsNullOrWhiteSpace(Input.Memo) ? null : Input.Memo.Trim(),
                PayeeTenantId = Input.PayerTenantId,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = $"Payment of {Input.Amount.Value:C} recorded; it goes to Buildium with the next sync, and the balance follows.";
                return RedirectToPage("./Details", new { id });
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
        }

        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var lease = await db.Leases.AsNoTracking().Where(l => l.Id == id)
            .Select(l => new { Property = l.Property!.Name, Unit = l.Unit!.UnitNumber, Balance = (decimal?)l.Balance!.TotalBalance })
            .FirstOrDefaultAsync(cancellationToken);
        if (lease is null)
        {
            return false;
        }

        Place = LeaseNames.Place(lease.Property, lease.Unit);
        Balance = lease.Balance;
        Payers = await db.LeaseTenants.AsNoTracking().Where(t => t.LeaseId == id).OrderByDescending(t => t.IsPrimary).ThenBy(t => t.Tenant!.LastName)
            .Select(t => new SelectListItem(t.Tenant!.FirstName + " " + t.Tenant.LastName, t.TenantId.ToString(), t.TenantId == Input.PayerTenantId))
            .ToListAsync(cancellationToken);
        return true;
    }
}
