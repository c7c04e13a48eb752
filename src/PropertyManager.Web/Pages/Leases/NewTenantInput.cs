using FluentValidation;

namespace PropertyManager.Web.Pages.Leases;

/// <summary>One new tenant on a lease signed here; a row left empty is no tenant.</summary>
public sealed class NewTenantInput
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(FirstName) && string.IsNullOrWhiteSpace(LastName) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone);

    public sealed class Validator : AbstractValidator<NewTenantInput>
    {
        public Validator()
        {
            When(x => !x.IsEmpty, () =>
            {
                // Buildium's limits on a tenant (RentalTenantPutMessage).
                RuleFor(x => x.FirstName).NotEmpty().WithMessage("Enter the tenant's first name; Buildium requires it.").MaximumLength(127);
                RuleFor(x => x.LastName).NotEmpty().WithMessage("Enter the tenant's last name; Buildium requires it.").MaximumLength(127);
                RuleFor(x => x.Email).EmailAddress().WithMessage("Enter an e-mail address such as name@example.com.").MaximumLength(100);
                RuleFor(x => x.Phone).MaximumLength(20).Matches(@"^[0-9+().\-\s]*$").WithMessage("Enter a phone number with digits, spaces and + ( ) - only.");
            });
        }
    }
}
