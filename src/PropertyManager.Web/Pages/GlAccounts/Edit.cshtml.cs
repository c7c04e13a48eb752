using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.SyncState;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.GlAccounts;

public sealed class EditModel(AppDbContext db, IValidator<GlAccountInput> validator, TimeProvider time) : PageModel
{
    [BindProperty]
    public GlAccountInput Input { get; set; } = new();

    public string? Name { get; private set; }

    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    /// <summary>A current asset from Buildium whose cash-asset flag there is unknown (write-only in Buildium, ADR-013).</summary>
    public bool AskCashAsset { get; private set; }

    /// <summary>The user's answer: "true" or "false" (empty: not answered).</summary>
    [BindProperty]
    public string? CashAssetInBuildium { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await db.GlAccounts.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        Input = GlAccountInput.From(account);
        Name = account.Name;
        AskCashAsset = await CashAssetUnknownAsync(account, cancellationToken);
        Parents = await GlAccountChoices.ParentsAsync(db, id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await db.GlAccounts.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        Name = account.Name;
        AskCashAsset = await CashAssetUnknownAsync(account, cancellationToken);
        var result = await validator.ValidateAsync(Input, cancellationToken);
        if (result.IsValid && ModelState.IsValid)
        {
            Input.ApplyTo(account);
            if (AskCashAsset && CashAssetInBuildium is "true" or "false")
            {
                await WriteOnlyAnswers.RecordAsync(db, SyncEntityTypes.GlAccount, id, WriteOnlyFields.GlAccountIsCashAsset, CashAssetInBuildium, time.GetUtcNow(), cancellationToken);
            }

            try
            {
                // A sub type of another type would change the type, which Buildium does not allow: refused here.
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

        Parents = await GlAccountChoices.ParentsAsync(db, id, cancellationToken);
        return Page();
    }

    /// <summary>A current asset from Buildium whose cash-asset flag no push sent and no one stated.</summary>
    private async Task<bool> CashAssetUnknownAsync(Data.GlAccounts.GlAccount account, CancellationToken cancellationToken) =>
        account.BuildiumGlAccountId > 0 && account.SubType == nameof(PropertyManager.Buildium.GlAccounts.GLAccountSubType.CurrentAsset)
        && await WriteOnlyAnswers.FindAsync(db, SyncEntityTypes.GlAccount, account.Id, WriteOnlyFields.GlAccountIsCashAsset, cancellationToken) is null;
}
