using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Common;
using PropertyManager.Data.Vendors;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Vendors;

/// <summary>
/// The fields of the vendor form, shared by Create and Edit. The tax id is write-only: the form never shows it, and
/// leaving it empty keeps the stored one.
/// </summary>
[BuildiumMessage("VendorPostMessage")]
public sealed class VendorInput
{
    [BuildiumField("CompanyName", Label = "name")]
    public string? Name { get; set; }
    [BuildiumField("CategoryId", Label = "category")]
    public int? CategoryId { get; set; }
    public string? ContactName { get; set; }
    [BuildiumField("PrimaryEmail", Label = "email")]
    public string? Email { get; set; }
    [BuildiumField("PhoneNumbers.Work", Label = "phone")]
    public string? PhoneNumber { get; set; }
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
    [BuildiumField("TaxInformation.TaxPayerId", Label = "tax id")]
    public string? TaxId { get; set; }
    [BuildiumField("Comments", Label = "notes")]
    public string? Notes { get; set; }

    public static VendorInput From(Vendor v) => new()
    {
        Name = v.Name,
        CategoryId = v.CategoryId,
        ContactName = v.ContactName,
        Email = v.Email,
        PhoneNumber = v.PhoneNumber,
        AddressLine1 = v.AddressLine1,
        AddressLine2 = v.AddressLine2,
        City = v.City,
        State = v.State,
        PostalCode = v.PostalCode,
        Country = CountryChoices.ForForm(v.Country),
        Notes = v.Notes,
    };

    public void ApplyTo(Vendor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Name = Name?.Trim();
        v.CategoryId = CategoryId;
        v.ContactName = Blank(ContactName);
        v.Email = Blank(Email);
        v.PhoneNumber = Blank(PhoneNumber);
        v.AddressLine1 = Blank(AddressLine1);
        v.AddressLine2 = Blank(AddressLine2);
        v.City = Blank(City);
        v.State = Blank(State);
        v.PostalCode = Blank(PostalCode);
        v.Country = Blank(Country);
        v.Notes = Blank(Notes);
        if (Blank(TaxId) is { } taxId)
        {
            v.TaxId = taxId;
        }
    }

    /// <summary>Vendor categories that exist in Buildium (a vendor points at the category's Buildium id).</summary>
    public static async Task<IReadOnlyList<SelectListItem>> CategoriesAsync(AppDbContext db, int? selected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.VendorCategories.AsNoTracking()
            .Where(c => c.BuildiumCategoryId != null && (c.IsActive != false || c.BuildiumCategoryId == selected))
            .OrderBy(c => c.Name)
            .Select(c => new SelectListItem(c.Name ?? "(no name)", c.BuildiumCategoryId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The column lengths of <c>vendors</c>, plus what Buildium requires to create a vendor.</summary>
    public sealed class Validator : AbstractValidator<VendorInput>
    {
        public Validator()
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the vendor's name.").MaximumLength(ColumnLengths.Required<Vendor>(nameof(Vendor.Name)));
            RuleFor(x => x.CategoryId).NotEmpty().WithMessage("Choose a category; Buildium requires one.");
            RuleFor(x => x.ContactName).MaximumLength(ColumnLengths.Required<Vendor>(nameof(Vendor.ContactName)));
            RuleFor(x => x.Email).MaximumLength(ColumnLengths.Required<Vendor>(nameof(Vendor.Email))).EmailAddress().WithMessage("Enter an email address such as name@example.com.");
            RuleFor(x => x.PhoneNumber).MaximumLength(ColumnLengths.Required<Vendor>(nameof(Vendor.PhoneNumber))).Matches(@"^[0-9+()\-.\s x]*$").WithMessage("Use digits, spaces and + ( ) - . only.");
            RuleFor(x => x.AddressLine1).MaximumLength(ColumnLengths.Required<Vendor>(nameof(Vendor.AddressLine1)));
            RuleFor(x => x.AddressLine2).MaximumLength(ColumnLengths.Required<Vendor>(nameof(Vendor.AddressLine2)));
            RuleFor(x => x.City).MaximumLength(ColumnLengths.Required<Vendor>(nameof(Vendor.City)));
            RuleFor(x => x.State).MaximumLength(ColumnLengths.Required<Vendor>(nameof(Vendor.State)));
            RuleFor(x => x.PostalCode).MaximumLength(ColumnLengths.Required<Vendor>(nameof(Vendor.PostalCode)));
            RuleFor(x => x.Country).MaximumLength(ColumnLengths.Required<Vendor>(nameof(Vendor.Country)));
            // Its format (an SSN or an EIN, the type Buildium needs with it) is Buildium's rule (BuildiumSchemaRules).
            RuleFor(x => x.TaxId).MaximumLength(20);
            RuleFor(x => x.Notes).MaximumLength(4000);
            this.AddBuildiumRules();
        }
    }
}
