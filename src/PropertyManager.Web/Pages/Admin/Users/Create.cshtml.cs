using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Accounts;
using PropertyManager.Web.Accounts;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Admin.Users;

/// <summary>
/// Add a user with one role, the least privileged (Viewer) unless another is chosen, and the properties a manager or
/// viewer may see, asked on the same form so nobody is left seeing nothing by surprise. Without a password one is
/// generated and shown on this answer only.
/// </summary>
public sealed class CreateModel(UserAccounts accounts, PropertyAssignments assignments, AppDbContext db, IValidator<CreateModel.InputModel> validator) : PageModel
{
    /// <summary>Least privileged first, so the first choice is the safe one.</summary>
    public static IReadOnlyList<SelectListItem> RoleChoices { get; } =
    [
        new("Viewer: reads the chosen properties", Roles.Viewer),
        new("Manager: reads and edits the chosen properties", Roles.Manager),
        new("Accountant: bank and GL accounts, vendors; reads the chosen properties", Roles.Accountant),
        new("Admin: everything, including users and the sync", Roles.Admin),
    ];

    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Set once, on the answer to a successful POST without a password; never stored.</summary>
    public string? GeneratedPassword { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>What the new user sees, said beside the generated password.</summary>
    public string? AccessSummary { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadPropertiesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddValidationErrors(validation, nameof(Input));
            await LoadPropertiesAsync(cancellationToken);
            return Page();
        }

        var result = await accounts.AddAsync(Input.Email, Input.Role, Input.Password, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddAccountErrors(result, nameof(Input));
            await LoadPropertiesAsync(cancellationToken);
            return Page();
        }

        var role = Roles.Find(Input.Role);
        var access = "";
        if (role != Roles.Admin && await accounts.FindByEmailAsync(Input.Email) is { } user)
        {
            await assignments.SetAsync(user.Id, Input.AllProperties, Input.PropertyIds, cancellationToken);
            access = Input.AllProperties ? " They see every property."
                : Input.PropertyIds.Count > 0 ? $" They see {Input.PropertyIds.Distinct().Count()} chosen property(ies)."
                : " They see no property until you choose some on their Properties page.";
        }

        AccessSummary = access.Trim();

        if (result.GeneratedPassword is null)
        {
            StatusMessage = $"{Input.Email.Trim()} was added as {role}.{access}";
            return RedirectToPage("Index");
        }

        // Shown on this answer only: no redirect (the password would have to be stored to survive one), no caching.
        GeneratedPassword = result.GeneratedPassword;
        // With no-cache too, as the form's antiforgery token wants it (else it overrides the header and logs a warning).
        Response.Headers.CacheControl = "no-cache, no-store";
        return Page();
    }

    private async Task LoadPropertiesAsync(CancellationToken cancellationToken)
    {
        var selected = Input.PropertyIds.ToHashSet();
        Properties = await db.Properties.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name ?? p.Id.ToString(), p.Id.ToString(), selected.Contains(p.Id)))
            .ToListAsync(cancellationToken);
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Role { get; set; } = Roles.Viewer;
        public string? Password { get; set; }

        /// <summary>For managers, viewers and accountants: every property, also those added later.</summary>
        public bool AllProperties { get; set; }

        public List<Guid> PropertyIds { get; set; } = [];
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
            RuleFor(x => x.PropertyIds).Must(ids => ids.Count <= 10_000).WithMessage("Choose fewer properties, or all of them.");
        }
    }
}
