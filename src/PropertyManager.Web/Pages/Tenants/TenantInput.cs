using FluentValidation;
using PropertyManager.Data.Tenants;

namespace PropertyManager.Web.Pages.Tenants;

/// <summary>
/// A tenant's contact details, as Buildium's tenant PUT takes them (<c>RentalTenantPutMessage</c>). The tax id is
/// shown masked and never pre-filled: left empty, the one held is kept.
/// </summary>
public sealed class TenantInput
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? AlternateEmail { get; set; }
    public string? PhoneMobile { get; set; }
    public string? PhoneHome { get; set; }
    public string? PhoneWork { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
    public string? Comment { get; set; }
    public string? TaxId { get; set; }

    public static TenantInput From(Tenant t) => new()
    {
        FirstName = t.FirstName,
        LastName = t.LastName,
        Email = t.Email,
        AlternateEmail = t.AlternateEmail,
        PhoneMobile = t.PhoneMobile,
        PhoneHome = t.PhoneHome,
        PhoneWork = t.PhoneWork,
        AddressLine1 = t.AddressLine1,
        AddressLine2 = t.AddressLine2,
        City = t.City,
        State = t.State,
        PostalCode = t.PostalCode,
        Comment = t.Comment,
    };

    public void ApplyTo(Tenant t)
    {
        ArgumentNullException.ThrowIfNull(t);
        t.FirstName = Clean(FirstName);
        t.LastName = Clean(LastName);
        t.Email = Clean(Email);
        t.AlternateEmail = Clean(AlternateEmail);
        t.PhoneMobile = Clean(PhoneMobile);
        t.PhoneHome = Clean(PhoneHome);
        t.PhoneWork = Clean(PhoneWork);
        t.AddressLine1 = Clean(AddressLine1);
        t.AddressLine2 = Clean(AddressLine2);
        t.City = Clean(City);
        t.State = Clean(State);
        t.PostalCode = Clean(PostalCode);
        t.Comment = Clean(Comment);
        if (Clean(TaxId) is { } taxId)
        {
            t.TaxId = taxId;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public sealed class Validator : AbstractValidator<TenantInput>
    {
        public Validator()
        {
            // Buildium's limits and formats (RentalTenantPutMessage).
            RuleFor(x => x.FirstName).NotEmpty().WithMessage("Enter the first name; Buildium requires it.").MaximumLength(127);
            RuleFor(x => x.LastName).NotEmpty().WithMessage("Enter the last name; Buildium requires it.").MaximumLength(127);
            RuleFor(x => x.Email).EmailAddress().WithMessage("Enter an e-mail address such as name@example.com.").MaximumLength(100);
            RuleFor(x => x.AlternateEmail).EmailAddress().WithMessage("Enter an e-mail address such as name@example.com.").MaximumLength(100);
            foreach (var phone in new System.Linq.Expressions.Expression<Func<TenantInput, string?>>[] { x => x.PhoneMobile, x => x.PhoneHome, x => x.PhoneWork })
            {
                RuleFor(phone).MaximumLength(20).Matches(@"^[0-9+().\-\s]*$").WithMessage("Enter a phone number with digits, spaces and + ( ) - only.");
            }

            RuleFor(x => x.AddressLine1).NotEmpty().WithMessage("Enter the street address; Buildium requires one for every tenant.").MaximumLength(100);
            RuleFor(x => x.AddressLine2).MaximumLength(100);
            RuleFor(x => x.City).MaximumLength(100);
            RuleFor(x => x.State).MaximumLength(100);
            RuleFor(x => x.PostalCode).NotEmpty().WithMessage("Enter the postal code; Buildium requires it.").MaximumLength(20);
            RuleFor(x => x.Comment).MaximumLength(65_535);
            RuleFor(x => x.TaxId).Matches(@"^(\d{2}-\d{7}|\d{3}-\d{2}-\d{4}|\d{9})$")
                .When(x => !string.IsNullOrWhiteSpace(x.TaxId))
                .WithMessage("Enter the tax id as 12-1234567, 123-12-1234 or 123456789.");
        }
    }
}
