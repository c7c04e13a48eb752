using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.GlAccounts;

/// <summary>A GL account with its parent, its sub-accounts (linked by Buildium id) and the bank accounts posting to it.</summary>
public sealed class DetailsModel(AppDbContext db, SyncStateReader syncState) : PageModel
{
    public GlAccount Account { get; private set; } = null!;
    public AccountRow? Parent { get; private set; }
    public SyncStateView Sync { get; private set; } = null!;
    public IReadOnlyList<AccountRow> SubAccounts { get; private set; } = [];
    public IReadOnlyList<AccountRow> BankAccounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await db.GlAccounts.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        int? buildiumId = account.BuildiumGlAccountId <= 0 ? null : account.BuildiumGlAccountId;
        Sync = await syncState.ReadAsync(SyncEntityTypes.GlAccount, id, buildiumId, cancellationToken);
        Parent = await db.GlAccounts.AsNoTracking().Where(g => account.BuildiumParentGlAccountId != null && g.BuildiumGlAccountId == account.BuildiumParentGlAccountId)
            .Select(g => new AccountRow(g.Id, g.AccountNumber, g.Name)).FirstOrDefaultAsync(cancellationToken);
        SubAccounts = buildiumId is null ? [] : await db.GlAccounts.AsNoTracking().Where(g => g.BuildiumParentGlAccountId == buildiumId)
            .OrderBy(g => g.AccountNumber).ThenBy(g => g.Name)
            .Select(g => new AccountRow(g.Id, g.AccountNumber, g.Name)).ToListAsync(cancellationToken);
        BankAccounts = await db.BankAccounts.AsNoTracking().Where(b => b.GlAccountId == id).OrderBy(b => b.Name)
            .Select(b => new AccountRow(b.Id, b.BankAccountType, b.Name)).ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record AccountRow(Guid Id, string? Number, string? Name);
}
