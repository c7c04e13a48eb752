using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertyManager.Data.Accounts;
using PropertyManager.Web.Accounts;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Account;

/// <summary>
/// A signed-in user changes their own password by proving the current one. Every other session of theirs ends (the
/// security stamp changes); this one is signed in again with the new stamp.
/// </summary>
public sealed class ChangePasswordModel(
    UserAccounts accounts,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IValidator<ChangePasswordModel.InputModel> validator,
    ILogger<ChangePasswordModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddValidationErrors(validation, nameof(Input));
            return Page();
        }

        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var result = await accounts.ChangePasswordAsync(user, Input.CurrentPassword, Input.Password);
        if (!result.Succeeded)
        {
            ModelState.AddAccountErrors(result, nameof(Input));
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("{Email} changed their password", user.Email);
        StatusMessage = "Your password is changed. Your other sessions are signed out.";
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        public string CurrentPassword { get; set; } = "";
        public string Password { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Enter your current password.").MaximumLength(128);
            // Strength is Identity's to judge (its messages appear beside the field): only the shape is checked here.
            RuleFor(x => x.Password).NotEmpty().WithMessage("Enter a new password.").MaximumLength(128)
                .NotEqual(x => x.CurrentPassword).WithMessage("Choose a password other than your current one.");
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("The two new passwords differ.");
        }
    }
}
