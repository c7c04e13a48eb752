using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Security;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Properties;

public sealed class CreateModel(AppDbContext db, IValidator<PropertyInput> validator, IPortfolioAccessSource access) : PageModel
{
    [BindProperty]
    public PropertyInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> BankAccounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Refused before the form is filled, not after: a new property is visible only to users of every property.
        if (access.Current is not { AllProperties: true, CanWritePortfolio: true })
        {
            return Forbid();
        }

        BankAccounts = await BankAccountChoices.LoadAsync(db, null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        if (!result.IsValid || !ModelState.IsValid)
        {
            ModelState.AddValidationErrors(result);
            BankAccounts = await BankAccountChoices.LoadAsync(db, Input.OperatingBankAccountId, cancellationToken);
            return Page();
        }

        var property = new Property { Status = PropertyStatuses.Active, IsActive = true };
        Input.ApplyTo(property);
        db.Properties.Add(property);
        try
        {
            // The outbox row that sends it to Buildium is written in this same save.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (SyncRuleViolationException ex)
        {
            ModelState.AddSyncRuleViolation(ex);
            BankAccounts = await BankAccountChoices.LoadAsync(db, Input.OperatingBankAccountId, cancellationToken);
            return Page();
        }

        TempData["Flash"] = $"Property “{property.Name}” created; it goes to Buildium with the next sync.";
        return RedirectToPage("./Details", new { id = property.Id });
    }
}
