using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertyManager.Data.Accounts;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Account;

/// <summary>Sign in by e-mail (any casing) and password; five wrong passwords lock the account for 15 minutes.</summary>
public sealed class LoginModel(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IValidator<LoginModel.InputModel> validator,
    ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Where to go after signing in; only an address on this site is followed (no open redirects).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

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

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("{Email} signed in", user!.Email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/"));
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused for {Email}: the account is locked or disabled", user!.Email);
            ModelState.AddModelError("", "This account is locked after too many failed attempts, or disabled. Try again in 15 minutes, or ask an administrator.");
        }
        else
        {
            logger.LogWarning("Failed sign-in for {Email} from {Address}", Input.Email, HttpContext.Connection.RemoteIpAddress);
            ModelState.AddModelError("", "Wrong e-mail address or password.");
        }

        return Page();
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public bool RememberMe { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your e-mail address.").MaximumLength(256);
            RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.");
        }
    }
}
