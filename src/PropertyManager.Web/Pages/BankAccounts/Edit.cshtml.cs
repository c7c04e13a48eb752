using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Sensitive;

namespace PropertyManager.Web.Pages.BankAccounts;

public sealed class EditModel(AppDbContext db, IValidator<BankAccountInput> validator) : PageModel
{
    [BindProperty]
    public BankAccountInput Input { get; set; } = new();

    public string? Name { get; private set; }
    public string? MaskedAccountNumber { get; private set; }
    public string? MaskedRoutingNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await db.BankAccounts.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        Input = BankAccountInput.From(account);
        Describe(account);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await db.BankAccounts.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        Describe(account);
        var result = await validator.ValidateAsync(Input, cancellationToken);
        if (result.IsValid && ModelState.IsValid)
        {
            Input.ApplyTo(account);
            try
            {
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

        return Page();
    }

    private void Describe(BankAccount account)
    {
        Name = account.Name;
        MaskedAccountNumber = Mask.Last4(account.AccountNumber);
        MaskedRoutingNumber = Mask.Last4(account.RoutingNumber);
    }
}
