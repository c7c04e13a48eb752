using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.BankAccounts;

public sealed class CreateModel(AppDbContext db, IValidator<BankAccountInput> validator) : PageModel
{
    [BindProperty]
    public BankAccountInput Input { get; set; } = new();

    /// <summary>The schema requires the GL account the bank account posts to (Buildium makes its own on create).</summary>
    [BindProperty]
    public Guid? GlAccountId { get; set; }

    public IReadOnlyList<SelectListItem> GlAccounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => GlAccounts = await LoadGlAccountsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        if (GlAccountId is not { } glId || !await db.GlAccounts.AnyAsync(g => g.Id == glId, cancellationToken))
        {
            ModelState.AddModelError(nameof(GlAccountId), "Choose the GL account it posts to.");
        }

        if (ModelState.IsValid)
        {
            var account = new BankAccount { IsActive = true, GlAccountId = GlAccountId!.Value };
            Input.ApplyTo(account);
            db.BankAccounts.Add(account);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = $"Bank account “{account.Name}” created; it goes to Buildium with the next sync.";
                return RedirectToPage("./Details", new { id = account.Id });
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
        }

        GlAccounts = await LoadGlAccountsAsync(cancellationToken);
        return Page();
    }

    private async Task<IReadOnlyList<SelectListItem>> LoadGlAccountsAsync(CancellationToken cancellationToken) =>
        await db.GlAccounts.AsNoTracking().Where(g => g.Type == GlAccountTypes.Asset && g.IsActive != false)
            .OrderBy(g => g.AccountNumber).ThenBy(g => g.Name)
            .Select(g => new SelectListItem((g.AccountNumber == null ? "" : g.AccountNumber + " ") + g.Name, g.Id.ToString(), g.Id == GlAccountId))
            .ToListAsync(cancellationToken);
}
