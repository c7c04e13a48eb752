using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Common;
using PropertyManager.Data.Units;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Units;

/// <summary>The fields of the unit form, shared by Create and Edit.</summary>
[BuildiumMessage("RentalUnitsPostMessage")]
public sealed class UnitInput
{
    public Guid? PropertyId { get; set; }
    [BuildiumField("UnitNumber", Label = "unit number")]
    public string? UnitNumber { get; set; }
    [BuildiumField("MarketRent", Label = "market rent")]
    public decimal? MarketRent { get; set; }
    [BuildiumField("UnitSize", Label = "unit size")]
    public int? UnitSize { get; set; }
    [BuildiumField("UnitBedrooms", Label = "bedrooms")]
    public string? UnitBedrooms { get; set; }
    [BuildiumField("UnitBathrooms", Label = "bathrooms")]
    public string? UnitBathrooms { get; set; }
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
    public string? Country { get; set; }
    public string? UnitType { get; set; }
    [BuildiumField("Description")]
    public string? Description { get; set; }

    public static UnitInput From(Unit u) => new()
    {
        PropertyId = u.PropertyId,
        UnitNumber = u.UnitNumber,
        MarketRent = u.MarketRent,
        UnitSize = u.UnitSize,
        UnitBedrooms = u.UnitBedrooms,
        UnitBathrooms = u.UnitBathrooms,
        AddressLine1 = u.AddressLine1,
        AddressLine2 = u.AddressLine2,
        City = u.City,
        State = u.State,
        PostalCode = u.PostalCode,
        Country = CountryChoices.ForForm(u.Country),
        UnitType = u.UnitType,
        Description = u.Description,
    };

    public void ApplyTo(Unit u)
    {
        ArgumentNullException.ThrowIfNull(u);
        u.PropertyId = PropertyId;
        u.UnitNumber = UnitNumber?.Trim();
        u.MarketRent = MarketRent;
        u.UnitSize = UnitSize;
        u.UnitBedrooms = Blank(UnitBedrooms);
        u.UnitBathrooms = Blank(UnitBathrooms);
        u.AddressLine1 = Blank(AddressLine1);
        u.AddressLine2 = Blank(AddressLine2);
        u.City = Blank(City);
        u.State = Blank(State);
        u.PostalCode = Blank(PostalCode);
        u.Country = Blank(Country);
        u.UnitType = Blank(UnitType);
        u.Description = Blank(Description);
    }

    /// <summary>The schema keeps unit numbers unique per property: say so at the field rather than fail the insert.</summary>
    public async Task<bool> NumberTakenAsync(AppDbContext db, Guid? exceptId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var number = UnitNumber?.Trim();
        return await db.Units.AnyAsync(u => u.PropertyId == PropertyId && u.UnitNumber == number && u.Id != exceptId, cancellationToken);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The column lengths of <c>units</c>, plus what Buildium requires of a rental unit.</summary>
    public sealed class Validator : AbstractValidator<UnitInput>
    {
        public Validator()
        {
            RuleFor(x => x.PropertyId).NotEmpty().WithMessage("Choose the property the unit belongs to.");
            RuleFor(x => x.UnitNumber).NotEmpty().WithMessage("Enter the unit number; Buildium requires it.").MaximumLength(ColumnLengths.Required<Unit>(nameof(Unit.UnitNumber)));
            RuleFor(x => x.MarketRent).GreaterThanOrEqualTo(0).WithMessage("Market rent cannot be negative.")
                .PrecisionScale(14, 2, ignoreTrailingZeros: true).WithMessage("Enter market rent in dollars and cents (at most 2 decimals).");
            RuleFor(x => x.UnitSize).InclusiveBetween(0, 10_000_000);
            RuleFor(x => x.UnitBedrooms).Must(v => string.IsNullOrEmpty(v) || UnitChoices.IsBedrooms(v)).WithMessage("Choose one of the listed bedroom counts.");
            RuleFor(x => x.UnitBathrooms).Must(v => string.IsNullOrEmpty(v) || UnitChoices.IsBathrooms(v)).WithMessage("Choose one of the listed bathroom counts.");
            RuleFor(x => x.AddressLine1).MaximumLength(ColumnLengths.Required<Unit>(nameof(Unit.AddressLine1)));
            RuleFor(x => x.AddressLine2).MaximumLength(ColumnLengths.Required<Unit>(nameof(Unit.AddressLine2)));
            RuleFor(x => x.City).MaximumLength(ColumnLengths.Required<Unit>(nameof(Unit.City)));
            RuleFor(x => x.State).MaximumLength(ColumnLengths.Required<Unit>(nameof(Unit.State)));
            RuleFor(x => x.PostalCode).MaximumLength(ColumnLengths.Required<Unit>(nameof(Unit.PostalCode)));
            RuleFor(x => x.Country).MaximumLength(ColumnLengths.Required<Unit>(nameof(Unit.Country)));
            RuleFor(x => x.UnitType).MaximumLength(ColumnLengths.Required<Unit>(nameof(Unit.UnitType)));
            RuleFor(x => x.Description).MaximumLength(65_535);
            this.AddBuildiumRules();
        }
    }
}
