using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertyManager.Data.Accounts;
using PropertyManager.Web.Accounts;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Admin.Users;

/// <summary>Add a user with one role. Without a password one is generated and shown on this answer only.</summary>
public sealed class CreateModel(UserAccounts accounts, IValidator<CreateModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Set once, on the answer to a successful POST without a password; never stored.</summary>
    public string? GeneratedPassword { get; private set; }

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

        var result = await accounts.AddAsync(Input.Email, Input.Role, Input.Password, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddAccountErrors(result, nameof(Input));
            return Page();
        }

        if (result.GeneratedPassword is null)
        {
            StatusMessage = $"{Input.Email.Trim()} was added as {Roles.Find(Input.Role)}.";
            return RedirectToPage("Index");
        }

        // Shown on this answer only: no redirect (the password would have to be stored to survive one), no caching.
        GeneratedPassword = result.GeneratedPassword;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Role { get; set; } = Roles.Viewer;
        public string? Password { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter the e-mail address the user signs in with.")
                .MaximumLength(256)
                .EmailAddress().WithMessage("Enter a valid e-mail address.");
            RuleFor(x => x.Role).Must(r => Roles.Find(r) is not null).WithMessage($"Choose one of {string.Join(", ", Roles.All)}.");
            // Strength is Identity's to judge (its messages appear beside the field): only the shape is checked here.
            RuleFor(x => x.Password).MaximumLength(128);
        }
    }
}
