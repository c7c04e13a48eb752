using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Vendors;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Sensitive;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.Vendors;

/// <summary>A vendor with its bills, unpaid first, and what is owed.</summary>
public sealed class DetailsModel(AppDbContext db, SyncStateReader syncState) : PageModel
{
    /// <summary>The bills section shows this many and links to the filtered bill list for the rest.</summary>
    public const int SectionSize = 50;

    public Vendor Vendor { get; private set; } = null!;
    public string? Category { get; private set; }
    public string? MaskedTaxId { get; private set; }
    public SyncStateView Sync { get; private set; } = null!;
    public IReadOnlyList<BillRow> Bills { get; private set; } = [];
    public BillTotals Totals { get; private set; } = new(0, 0, 0);

    public bool IsInactive => Vendor.IsActive == false;

    /// <summary>Buildium's vendor update has no active flag, so a vendor that exists there is (de)activated in Buildium.</summary>
    public bool CanChangeActive => !LockedFields.For<Vendor>(Vendor.BuildiumVendorId).Contains(nameof(Vendor.IsActive));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var vendor = await db.Vendors.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vendor is null)
        {
            return NotFound();
        }

        Vendor = vendor;
        MaskedTaxId = Mask.Last4(vendor.TaxId);
        Category = await db.VendorCategories.Where(c => c.BuildiumCategoryId == vendor.CategoryId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        Sync = await syncState.ReadAsync(SyncEntityTypes.Vendor, id, vendor.BuildiumVendorId, cancellationToken);
        var bills = db.Bills.AsNoTracking().Where(b => b.VendorId == id);
        Bills = await bills
            .OrderBy(b => b.Status == BillStatuses.Paid ? 1 : 0).ThenBy(b => b.DueDate).Take(SectionSize)
            .Select(b => new BillRow(b.Id, b.Description, b.ReferenceNumber, b.Property!.Name, b.DueDate, b.Amount ?? 0, b.Payments.Sum(p => p.Amount) ?? 0, b.Status))
            .ToListAsync(cancellationToken);
        Totals = new BillTotals(
            await bills.CountAsync(cancellationToken),
            await bills.SumAsync(b => b.Amount ?? 0, cancellationToken),
            await db.BillPayments.Where(p => p.Bill!.VendorId == id).SumAsync(p => p.Amount ?? 0, cancellationToken));
        return Page();
    }

    /// <summary>"Retry now": pushes this record at once (through the sync worker) and says how it went.</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid id, [FromServices] PushRetry retry, CancellationToken cancellationToken)
    {
        if (!await db.Vendors.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var (pushed, message) = await retry.RunAsync(SyncEntityTypes.Vendor, id, cancellationToken);
        TempData[pushed ? "Flash" : "FlashError"] = message;
        return RedirectToPage("./Details", new { id });
    }

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken cancellationToken) =>
        SetActiveAsync(id, false, cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(Guid id, CancellationToken cancellationToken) =>
        SetActiveAsync(id, true, cancellationToken);

    private async Task<IActionResult> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var vendor = await db.Vendors.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vendor is null)
        {
            return NotFound();
        }

        vendor.IsActive = active;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            TempData["Flash"] = active ? "Vendor reactivated." : "Vendor deactivated; it is no longer offered for new bills.";
        }
        catch (SyncRuleViolationException ex)
        {
            TempData["FlashError"] = ex.Message;
        }

        return RedirectToPage("./Details", new { id });
    }

    public sealed record BillRow(Guid Id, string? Description, string? ReferenceNumber, string? Property, DateOnly? DueDate, decimal Amount, decimal Paid, string? Status);

    public sealed record BillTotals(int Count, decimal Amount, decimal Paid)
    {
        public decimal Outstanding => Amount - Paid;
    }
}
