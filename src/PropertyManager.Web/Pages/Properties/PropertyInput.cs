using FluentValidation;
using PropertyManager.Data.Common;
using PropertyManager.Data.Properties;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Properties;

/// <summary>The fields of the property form, shared by Create and Edit.</summary>
[BuildiumMessage("RentalPropertyPostMessage")]
public sealed class PropertyInput
{
    [BuildiumField("Name")]
    public string? Name { get; set; }
    [BuildiumField("RentalSubType", Label = "type of rental")]
    public string? RentalSubType { get; set; }
    [BuildiumField("StructureDescription", Label = "structure description")]
    public string? StructureDescription { get; set; }
    [BuildiumField("Address.AddressLine1", Label = "first address line")]
    public string? AddressLine1 { get; set; }
    [BuildiumField("Address.AddressLine2", Label = "second address line")]
    public string? AddressLine2 { get; set; }
    [BuildiumField("Address.AddressLine3", Label = "third address line")]
    public string? AddressLine3 { get; set; }
    [BuildiumField("Address.City")]
    public string? City { get; set; }
    [BuildiumField("Address.State")]
    public string? State { get; set; }
    [BuildiumField("Address.PostalCode", Label = "postal code")]
    public string? PostalCode { get; set; }
    [BuildiumField("Address.Country")]
    public string? Country { get; set; } = "UnitedStates";
    [BuildiumField("OperatingBankAccountId", Label = "operating bank account")]
    public Guid? OperatingBankAccountId { get; set; }
    [BuildiumField("Reserve")]
    public decimal? Reserve { get; set; }
    [BuildiumField("YearBuilt", Label = "year built")]
    public int? YearBuilt { get; set; }
    public string? PropertyType { get; set; }
    public int? SquareFootage { get; set; }
    public int? Bedrooms { get; set; }
    public decimal? Bathrooms { get; set; }

    public static PropertyInput From(Property p) => new()
    {
        Name = p.Name,
        RentalSubType = p.RentalSubType,
        StructureDescription = p.StructureDescription,
        AddressLine1 = p.AddressLine1,
        AddressLine2 = p.AddressLine2,
        AddressLine3 = p.AddressLine3,
        City = p.City,
        State = p.State,
        PostalCode = p.PostalCode,
        Country = CountryChoices.ForForm(p.Country),
        OperatingBankAccountId = p.OperatingBankAccountId,
        Reserve = p.Reserve,
        YearBuilt = p.YearBuilt,
        PropertyType = p.PropertyType,
        SquareFootage = p.SquareFootage,
        Bedrooms = p.Bedrooms,
        Bathrooms = p.Bathrooms,
    };

    public void ApplyTo(Property p)
    {
        ArgumentNullException.ThrowIfNull(p);
        p.Name = Name?.Trim();
        p.RentalSubType = RentalSubType;
        p.StructureDescription = Blank(StructureDescription);
        p.AddressLine1 = AddressLine1?.Trim();
        p.AddressLine2 = Blank(AddressLine2);
        p.AddressLine3 = Blank(AddressLine3);
        p.City = Blank(City);
        p.State = Blank(State);
        p.PostalCode = PostalCode?.Trim();
        p.Country = Country?.Trim();
        p.OperatingBankAccountId = OperatingBankAccountId;
        p.Reserve = Reserve;
        p.YearBuilt = YearBuilt;
        p.PropertyType = Blank(PropertyType);
        p.SquareFootage = SquareFootage;
        p.Bedrooms = Bedrooms;
        p.Bathrooms = Bathrooms;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The column lengths of <c>properties</c>, plus what Buildium requires to create a rental.</summary>
    public sealed class Validator : AbstractValidator<PropertyInput>
    {
        public Validator()
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the property's name.").MaximumLength(ColumnLengths.Required<Property>(nameof(Property.Name)));
            RuleFor(x => x.RentalSubType).NotEmpty().WithMessage("Choose the type of rental.")
                .Must(PropertyChoices.IsRentalSubType).WithMessage("Choose one of the listed types.");
            RuleFor(x => x.AddressLine1).NotEmpty().WithMessage("Enter the first address line; Buildium requires it.").MaximumLength(ColumnLengths.Required<Property>(nameof(Property.AddressLine1)));
            RuleFor(x => x.AddressLine2).MaximumLength(ColumnLengths.Required<Property>(nameof(Property.AddressLine2)));
            RuleFor(x => x.AddressLine3).MaximumLength(ColumnLengths.Required<Property>(nameof(Property.AddressLine3)));
            RuleFor(x => x.City).MaximumLength(ColumnLengths.Required<Property>(nameof(Property.City)));
            RuleFor(x => x.State).MaximumLength(ColumnLengths.Required<Property>(nameof(Property.State)));
            RuleFor(x => x.PostalCode).NotEmpty().WithMessage("Enter the postal code; Buildium requires it.").MaximumLength(ColumnLengths.Required<Property>(nameof(Property.PostalCode)));
            RuleFor(x => x.Country).NotEmpty().WithMessage("Choose the country; Buildium requires it.").MaximumLength(ColumnLengths.Required<Property>(nameof(Property.Country)));
            RuleFor(x => x.OperatingBankAccountId).NotEmpty().WithMessage("Choose the operating bank account; Buildium requires one.");
            RuleFor(x => x.Reserve).PrecisionScale(12, 2, ignoreTrailingZeros: true).GreaterThanOrEqualTo(0);
            RuleFor(x => x.YearBuilt).InclusiveBetween(1600, DateTime.UtcNow.Year + 5);
            RuleFor(x => x.PropertyType).MaximumLength(ColumnLengths.Required<Property>(nameof(Property.PropertyType)));
            RuleFor(x => x.SquareFootage).InclusiveBetween(0, 100_000_000);
            RuleFor(x => x.Bedrooms).InclusiveBetween(0, 10_000);
            RuleFor(x => x.Bathrooms).InclusiveBetween(0, 99.5m).PrecisionScale(3, 1, ignoreTrailingZeros: true);
            this.AddBuildiumRules();
        }
    }
}
