using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertyManager.Web.Accounts;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Account;

/// <summary>Sign in by e-mail (any casing) and password, with one answer for every refusal (<see cref="PasswordSignIn"/>).</summary>
public sealed class LoginModel(PasswordSignIn signIn, IValidator<LoginModel.InputModel> validator) : PageModel
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

        if (await signIn.SignInAsync(Input.Email, Input.Password, Input.RememberMe, HttpContext.Connection.RemoteIpAddress))
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/"));
        }

        ModelState.AddModelError("", PasswordSignIn.RefusedMessage);
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
