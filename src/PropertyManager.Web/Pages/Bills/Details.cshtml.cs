using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Pages.Properties;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.Bills;

/// <summary>A bill with its payments, and the form that records a new one (payments are create-only in Buildium).</summary>
public sealed class DetailsModel(AppDbContext db, SyncStateReader syncState, IValidator<PaymentInput> validator, TimeProvider time) : PageModel
{
    [BindProperty]
    public PaymentInput Payment { get; set; } = new();

    public BillView Bill { get; private set; } = null!;
    public SyncStateView Sync { get; private set; } = null!;
    public IReadOnlyList<PaymentRow> Payments { get; private set; } = [];
    public IReadOnlyList<SelectListItem> BankAccounts { get; private set; } = [];
    public decimal Paid => Payments.Sum(p => p.Amount ?? 0);
    public decimal Remaining => (Bill.Amount ?? 0) - Paid;
    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Payment = new PaymentInput { Date = Today, Amount = Remaining > 0 ? Remaining : null };
        return Page();
    }

    /// <summary>"Retry now": pushes this record at once (through the sync worker) and says how it went.</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid id, [FromServices] PushRetry retry, CancellationToken cancellationToken)
    {
        if (!await db.Bills.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var (pushed, message) = await retry.RunAsync(SyncEntityTypes.Bill, id, cancellationToken);
        TempData[pushed ? "Flash" : "FlashError"] = message;
        return RedirectToPage("./Details", new { id });
    }

    public async Task<IActionResult> OnPostPaymentAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locks the bill, so two payments entered at once cannot together pay more than it is for.
        var bill = await db.Bills.FromSql($"SELECT * FROM bills WHERE id = {id} FOR UPDATE").FirstOrDefaultAsync(cancellationToken);
        if (bill is null)
        {
            return NotFound();
        }

        var result = await validator.ValidateAsync(Payment, cancellationToken);
        ModelState.AddValidationErrors(result, nameof(Payment));
        var paid = await db.BillPayments.Where(p => p.BillId == id).SumAsync(p => p.Amount ?? 0, cancellationToken);
        var remaining = (bill.Amount ?? 0) - paid;
        if (Payment.Amount > remaining)
        {
            ModelState.AddModelError("Payment.Amount", $"The payment cannot be more than the remaining balance of {remaining.ToString("C", System.Globalization.CultureInfo.CurrentCulture)}.");
        }

        if (Payment.BankAccountId is { } bankId && !await db.BankAccounts.AnyAsync(b => b.Id == bankId, cancellationToken))
        {
            ModelState.AddModelError("Payment.BankAccountId", "Choose one of the listed bank accounts.");
        }

        if (ModelState.IsValid)
        {
            db.BillPayments.Add(new BillPayment
            {
                BillId = id,
                Amount = Payment.Amount,
                Date = Payment.Date,
                BankAccountId = Payment.BankAccountId,
                ReferenceNumber = string.IsNullOrWhiteSpace(Payment.ReferenceNumber) ? null : Payment.ReferenceNumber.Trim(),
                Memo = string.IsNullOrWhiteSpace(Payment.Memo) ? null : Payment.Memo.Trim(),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                // The status is derived from the payments and never pushed (Buildium derives its own), so it is set
                // with SQL, past the outbox: a synced bill's status is read-only to the change tracker.
                var status = paid + Payment.Amount >= bill.Amount ? BillStatuses.Paid : BillStatuses.PartiallyPaid;
                await db.Bills.Where(b => b.Id == id).ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, status), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                TempData["Flash"] = "Payment recorded; it goes to Buildium with the next sync.";
                return RedirectToPage("./Details", null, new { id }, "payments");
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex, nameof(Payment));
            }
        }

        await transaction.RollbackAsync(cancellationToken);
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var bill = await db.Bills.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new BillView(b.Id, b.VendorId, b.Vendor!.Name, b.PropertyId, b.Property!.Name, b.Unit!.UnitNumber, b.Date, b.DueDate,
                b.Amount, b.Description, b.ReferenceNumber, b.Status, b.BuildiumBillId,
                db.BillCategories.Where(c => c.BuildiumCategoryId == b.CategoryId).Select(c => c.Name).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);
        if (bill is null)
        {
            return false;
        }

        Bill = bill;
        Sync = await syncState.ReadAsync(SyncEntityTypes.Bill, id, bill.BuildiumId, cancellationToken);
        Payments = await db.BillPayments.AsNoTracking().Where(p => p.BillId == id)
            .OrderBy(p => p.Date).ThenBy(p => p.CreatedAt)
            .Select(p => new PaymentRow(p.Id, p.Date, p.Amount, p.BankAccount!.Name, p.ReferenceNumber, p.Memo, p.BuildiumPaymentId,
                db.SyncStatuses.Where(s => s.EntityType == SyncEntityTypes.BillPayment && s.EntityId == p.Id).Select(s => s.SyncStatus).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        BankAccounts = await BankAccountChoices.LoadAsync(db, Payment.BankAccountId, cancellationToken);
        return true;
    }

    public sealed record BillView(
        Guid Id, Guid? VendorId, string? Vendor, Guid? PropertyId, string? Property, string? Unit, DateOnly? Date, DateOnly? DueDate,
        decimal? Amount, string? Description, string? ReferenceNumber, string? Status, int? BuildiumId, string? Category);

    public sealed record PaymentRow(Guid Id, DateOnly? Date, decimal? Amount, string? BankAccount, string? ReferenceNumber, string? Memo, int? BuildiumId, string? SyncStatus);
}
