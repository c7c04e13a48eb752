using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.BankAccounts;

/// <summary>A bank account with its GL account and the properties that use it as their operating account.</summary>
public sealed class DetailsModel(AppDbContext db, SyncStateReader syncState) : PageModel
{
    public BankAccount Account { get; private set; } = null!;
    public string? GlAccountName { get; private set; }
    public SyncStateView Sync { get; private set; } = null!;
    public IReadOnlyList<PropertyRow> Properties { get; private set; } = [];

    public bool IsInactive => Account.IsActive == false;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await db.BankAccounts.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        GlAccountName = await db.GlAccounts.Where(g => g.Id == account.GlAccountId).Select(g => (g.AccountNumber == null ? "" : g.AccountNumber + " ") + g.Name).FirstOrDefaultAsync(cancellationToken);
        Sync = await syncState.ReadAsync(SyncEntityTypes.BankAccount, id, account.BuildiumBankId <= 0 ? null : account.BuildiumBankId, cancellationToken);
        Properties = await db.Properties.AsNoTracking().Where(p => p.OperatingBankAccountId == id).OrderBy(p => p.Name).Take(100)
            .Select(p => new PropertyRow(p.Id, p.Name, p.City, p.IsActive != false))
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>Buildium's bank account PUT has no active flag: for an account Buildium has, this is refused with a message.</summary>
    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken cancellationToken) =>
        SetActiveAsync(id, false, cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(Guid id, CancellationToken cancellationToken) =>
        SetActiveAsync(id, true, cancellationToken);

    private async Task<IActionResult> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var account = await db.BankAccounts.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        account.IsActive = active;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            TempData["Flash"] = active ? "Bank account reactivated." : "Bank account deactivated.";
        }
        catch (SyncRuleViolationException ex)
        {
            TempData["FlashError"] = ex.Message + " Change it in Buildium and sync.";
        }

        return RedirectToPage("./Details", new { id });
    }

    public sealed record PropertyRow(Guid Id, string? Name, string? City, bool Active);
}
