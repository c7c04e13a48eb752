using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertyManager.Web.Accounts;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Admin.Users;

/// <summary>
/// An administrator sets another user's password (or has one generated, shown on this answer only). The user's open
/// sessions end; a lockout ends too, a disable does not.
/// </summary>
public sealed class ResetPasswordModel(UserAccounts accounts, IValidator<ResetPasswordModel.InputModel> validator, ILogger<ResetPasswordModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Email { get; private set; } = "";

    /// <summary>Set once, on the answer to a successful POST without a password; never stored.</summary>
    public string? GeneratedPassword { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await accounts.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        Email = user.Email ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await accounts.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        Email = user.Email ?? "";
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddValidationErrors(validation, nameof(Input));
            return Page();
        }

        var result = await accounts.ResetPasswordAsync(user, Input.Password, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddAccountErrors(result, nameof(Input));
            return Page();
        }

        logger.LogInformation("{Admin} reset the password of {Email}", User.Identity?.Name, user.Email);
        if (result.GeneratedPassword is null)
        {
            StatusMessage = $"The password of {user.Email} is changed; their open sessions are signed out.";
            return RedirectToPage("Index");
        }

        // Shown on this answer only: no redirect (the password would have to be stored to survive one), no caching.
        GeneratedPassword = result.GeneratedPassword;
        // With no-cache too, as the form's antiforgery token wants it (else it overrides the header and logs a warning).
        Response.Headers.CacheControl = "no-cache, no-store";
        return Page();
    }

    public sealed class InputModel
    {
        public string? Password { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            // Strength is Identity's to judge (its messages appear beside the field): only the shape is checked here.
            RuleFor(x => x.Password).MaximumLength(128);
        }
    }
}
