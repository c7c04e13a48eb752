using FluentValidation;
using PropertyManager.Data.Common;
using PropertyManager.Data.Owners;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Owners;

/// <summary>
/// The fields of the owner form, shared by Create and Edit. The tax payer id is write-only: it is never rendered back,
/// and left empty on Edit it keeps the stored value.
/// </summary>
[BuildiumMessage("RentalOwnerPostMessage")]
public sealed class OwnerInput
{
    public bool IsCompany { get; set; }
    [BuildiumField("FirstName", Label = "first name")]
    public string? FirstName { get; set; }
    [BuildiumField("LastName", Label = "last name")]
    public string? LastName { get; set; }
    [BuildiumField("CompanyName", Label = "company name")]
    public string? CompanyName { get; set; }
    [BuildiumField("Email")]
    public string? Email { get; set; }
    [BuildiumField("AlternateEmail", Label = "alternate email")]
    public string? AlternateEmail { get; set; }
    [BuildiumField("PhoneNumbers.Home", Label = "home phone")]
    public string? PhoneHome { get; set; }
    [BuildiumField("PhoneNumbers.Work", Label = "work phone")]
    public string? PhoneWork { get; set; }
    [BuildiumField("PhoneNumbers.Mobile", Label = "mobile phone")]
    public string? PhoneMobile { get; set; }
    [BuildiumField("PhoneNumbers.Fax", Label = "fax")]
    public string? PhoneFax { get; set; }
    [BuildiumField("Address.AddressLine1", Label = "first address line")]
    public string? AddressLine1 { get; set; }
    [BuildiumField("Address.AddressLine2", Label = "second address line")]
    public string? AddressLine2 { get; set; }
    [BuildiumField("Address.City")]
    public string? City { get; set; }
    [BuildiumField("Address.State")]
    public string? State { get; set; }
    [BuildiumField("Address.PostalCode", Label = "postal code")]
    public string? PostalCode { get; set; }
    [BuildiumField("Address.Country")]
    public string? Country { get; set; } = "UnitedStates";
    [BuildiumField("DateOfBirth", Label = "date of birth")]
    public DateOnly? DateOfBirth { get; set; }
    [BuildiumField("ManagementAgreementStartDate", Label = "agreement start")]
    public DateOnly? ManagementAgreementStartDate { get; set; }
    [BuildiumField("ManagementAgreementEndDate", Label = "agreement end")]
    public DateOnly? ManagementAgreementEndDate { get; set; }
    [BuildiumField("Comment")]
    public string? Comment { get; set; }
    [BuildiumField("TaxInformation.TaxPayerType", Label = "tax id type")]
    public string? TaxPayerType { get; set; }
    [BuildiumField("TaxInformation.TaxPayerId", Label = "tax id")]
    public string? TaxPayerId { get; set; }

    public static IReadOnlyList<string> TaxPayerTypes { get; } = [Data.Owners.TaxPayerTypes.Ssn, Data.Owners.TaxPayerTypes.Ein];

    public static OwnerInput From(Owner o) => new()
    {
        IsCompany = o.IsCompany == true,
        FirstName = o.FirstName,
        LastName = o.LastName,
        CompanyName = o.CompanyName,
        Email = o.Email,
        AlternateEmail = o.AlternateEmail,
        PhoneHome = o.PhoneHome,
        PhoneWork = o.PhoneWork,
        PhoneMobile = o.PhoneMobile,
        PhoneFax = o.PhoneFax,
        AddressLine1 = o.AddressLine1,
        AddressLine2 = o.AddressLine2,
        City = o.City,
        State = o.State,
        PostalCode = o.PostalCode,
        Country = CountryChoices.ForForm(o.Country),
        DateOfBirth = o.DateOfBirth,
        ManagementAgreementStartDate = o.ManagementAgreementStartDate,
        ManagementAgreementEndDate = o.ManagementAgreementEndDate,
        Comment = o.Comment,
        TaxPayerType = o.TaxPayerType,
    };

    public void ApplyTo(Owner o)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.IsCompany = IsCompany;
        o.FirstName = Blank(FirstName);
        o.LastName = Blank(LastName);
        o.CompanyName = Blank(CompanyName);
        o.Email = Blank(Email);
        o.AlternateEmail = Blank(AlternateEmail);
        o.PhoneHome = Blank(PhoneHome);
        o.PhoneWork = Blank(PhoneWork);
        o.PhoneMobile = Blank(PhoneMobile);
        o.PhoneFax = Blank(PhoneFax);
        o.AddressLine1 = Blank(AddressLine1);
        o.AddressLine2 = Blank(AddressLine2);
        o.City = Blank(City);
        o.State = Blank(State);
        o.PostalCode = Blank(PostalCode);
        o.Country = Blank(Country);
        o.DateOfBirth = DateOfBirth;
        o.ManagementAgreementStartDate = ManagementAgreementStartDate;
        o.ManagementAgreementEndDate = ManagementAgreementEndDate;
        o.Comment = Blank(Comment);
        if (Blank(TaxPayerType) is { } type && type != o.TaxPayerType)
        {
            o.TaxPayerType = type;
        }

        // Empty keeps the stored id. The schema has two columns that mirror each other (see OwnerMapper).
        if (Blank(TaxPayerId) is { } taxId)
        {
            o.TaxPayerId = taxId;
            o.TaxId = taxId;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The column lengths of <c>owners</c>, plus what Buildium requires of a rental owner.</summary>
    public sealed class Validator : AbstractValidator<OwnerInput>
    {
        public Validator()
        {
            When(x => x.IsCompany, () =>
                RuleFor(x => x.CompanyName).NotEmpty().WithMessage("Enter the company's name."));
            When(x => !x.IsCompany, () =>
            {
                RuleFor(x => x.FirstName).NotEmpty().WithMessage("Enter the owner's first name.");
                RuleFor(x => x.LastName).NotEmpty().WithMessage("Enter the owner's last name.");
            });
            RuleFor(x => x.FirstName).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.FirstName)));
            RuleFor(x => x.LastName).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.LastName)));
            RuleFor(x => x.CompanyName).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.CompanyName)));
            RuleFor(x => x.Email).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.Email))).EmailAddress().WithMessage("Enter an email address like name@example.com.");
            RuleFor(x => x.AlternateEmail).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.AlternateEmail))).EmailAddress().WithMessage("Enter an email address like name@example.com.");
            RuleFor(x => x.PhoneHome).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.PhoneHome)));
            RuleFor(x => x.PhoneWork).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.PhoneWork)));
            RuleFor(x => x.PhoneMobile).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.PhoneMobile)));
            RuleFor(x => x.PhoneFax).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.PhoneFax)));
            RuleFor(x => x.AddressLine1).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.AddressLine1)));
            RuleFor(x => x.AddressLine2).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.AddressLine2)));
            RuleFor(x => x.City).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.City)));
            RuleFor(x => x.State).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.State)));
            RuleFor(x => x.PostalCode).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.PostalCode)));
            RuleFor(x => x.Country).MaximumLength(ColumnLengths.Required<Owner>(nameof(Owner.Country)));
            RuleFor(x => x.DateOfBirth).LessThanOrEqualTo(_ => DateOnly.FromDateTime(DateTime.Today))
                .WithMessage("The date of birth cannot be in the future.");
            RuleFor(x => x.ManagementAgreementEndDate).GreaterThanOrEqualTo(x => x.ManagementAgreementStartDate)
                .When(x => x.ManagementAgreementStartDate is not null && x.ManagementAgreementEndDate is not null)
                .WithMessage("The agreement cannot end before it starts.");
            RuleFor(x => x.TaxPayerType).Must(t => string.IsNullOrEmpty(t) || TaxPayerTypes.Contains(t)).WithMessage("Choose SSN or EIN.");
            // The tax id's format by its type is Buildium's rule (BuildiumSchemaRules).
            this.AddBuildiumRules();
        }
    }
}
