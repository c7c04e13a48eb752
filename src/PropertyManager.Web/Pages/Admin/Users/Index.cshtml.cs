using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertyManager.Data.Accounts;
using PropertyManager.Web.Accounts;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Admin.Users;

/// <summary>The user accounts (Admin only, by the /Admin folder convention): role and status, change role, disable, enable.</summary>
public sealed class IndexModel(UserAccounts accounts, IValidator<IndexModel.InputModel> validator) : PageModel
{
    public IReadOnlyList<UserSummary> Rows { get; private set; } = [];

    /// <summary>The row whose role change was posted (its errors are shown in that row).</summary>
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await accounts.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostSetRoleAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddValidationErrors(validation, nameof(Input));
            return await PageAsync(cancellationToken);
        }

        if (await accounts.FindByIdAsync(Input.Id) is not { } user)
        {
            return NotFound();
        }

        var result = await accounts.SetRoleAsync(user, Input.Role, cancellationToken);
        return await AfterAsync(result, $"{user.Email} is now {Roles.Find(Input.Role)}.", cancellationToken);
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await accounts.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        Input.Id = id;
        var result = await accounts.DisableAsync(user, cancellationToken);
        return await AfterAsync(result, $"{user.Email} is disabled and signed out everywhere.", cancellationToken);
    }

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await accounts.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        var result = await accounts.EnableAsync(user);
        return await AfterAsync(result, $"{user.Email} can sign in again.", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(AccountResult result, string success, CancellationToken cancellationToken)
    {
        if (!result.Succeeded)
        {
            ModelState.AddAccountErrors(result, nameof(Input));
            return await PageAsync(cancellationToken);
        }

        StatusMessage = success;
        return RedirectToPage();
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        Rows = await accounts.ListAsync(cancellationToken);
        return Page();
    }

    public sealed class InputModel
    {
        public Guid Id { get; set; }
        public string Role { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Id).NotEmpty();
            RuleFor(x => x.Role).Must(r => Roles.Find(r) is not null).WithMessage($"Choose one of {string.Join(", ", Roles.All)}.");
        }
    }
}
