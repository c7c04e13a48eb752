using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Owners;
using PropertyManager.Buildium.Vendors;
using PropertyManager.Data.Common;
using PropertyManager.Data.Vendors;
using PropertyManager.Sync.Mapping;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Payables;

/// <summary>
/// Vendor (<see cref="VendorMessage"/>) ↔ <see cref="Vendor"/> (table <c>vendors</c>).
/// <list type="bullet">
/// <item><c>name</c> = <c>CompanyName</c> when set, else "First Last"; <c>contact_name</c> = "First Last" when the
/// vendor also has a company name.</item>
/// <item><c>category_id</c> = <c>Category.Id</c>, the Buildium category id (by design, see the Data project).</item>
/// <item><c>email</c> = <c>PrimaryEmail</c>; <c>phone_number</c> = the first phone Buildium lists (it lists Home,
/// Office, Cell, Fax in that order); <c>tax_id</c> = <c>TaxInformation.TaxPayerId</c>; <c>notes</c> = <c>Comments</c>.</item>
/// <item>The table has no third address line: it is not pulled, and a PUT keeps Buildium's.</item>
/// </list>
/// Vendors have no parent records (<see cref="Parents"/> is empty).
/// </summary>
public static class VendorMapper
{
    /// <summary>The vendor PUT has no <c>IsActive</c>.</summary>
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<Vendor>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<Vendor>();

    public static void ToLocal(VendorMessage source, Vendor target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var person = PersonName(source.FirstName, source.LastName);
        var company = NullIfBlank(source.CompanyName);
        target.BuildiumVendorId = source.Id;
        target.Name = company ?? person;
        target.ContactName = company is null ? null : person;
        target.CategoryId = BuildiumParents.Id(source.Category?.Id);
        target.Email = source.PrimaryEmail;
        target.PhoneNumber = source.PhoneNumbers?.Select(p => NullIfBlank(p.Number)).FirstOrDefault(n => n is not null);
        target.AddressLine1 = source.Address?.AddressLine1;
        target.AddressLine2 = source.Address?.AddressLine2;
        target.City = source.Address?.City;
        target.State = source.Address?.State;
        target.PostalCode = source.Address?.PostalCode;
        target.Country = source.Address?.Country;
        target.TaxId = source.TaxInformation?.TaxPayerId;
        target.Notes = source.Comments;
        target.IsActive = source.IsActive;
        ColumnLengths.Fit(target);
    }

    /// <summary>Always <see cref="BuildiumParents.None"/>; the category id is stored as is.</summary>
    public static BuildiumParents Parents(VendorMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return BuildiumParents.None;
    }

    /// <summary>
    /// The create message. A local vendor has a single name: it is created as a company named <c>name</c>, with
    /// <c>contact_name</c> split into first and last name. Buildium requires a category.
    /// </summary>
    public static VendorPostMessage ToPost(Vendor source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (first, last) = SplitName(source.ContactName);
        return new VendorPostMessage
        {
            IsCompany = true,
            CompanyName = source.Name,
            FirstName = first,
            LastName = last,
            PrimaryEmail = source.Email,
            PhoneNumbers = NullIfBlank(source.PhoneNumber) is { } phone ? new PhoneNumbersMessage { Work = phone } : null,
            Address = Address(source, line3: null),
            CategoryId = source.CategoryId
                ?? throw new InvalidOperationException($"Vendor {source.Id} has no category, which Buildium requires."),
            Comments = source.Notes,
            // Buildium requires the type with the id; the format says which (the pusher refuses any other).
            TaxInformation = NullIfBlank(source.TaxId)?.Trim() is { } taxId
                ? new TaxInformationPostMessage { TaxPayerId = taxId, TaxPayerType = TaxPayerIds.TypeOf(taxId) is { } type ? new BuildiumEnumValue<TaxPayerIdType>(type) : null }
                : null,
        };
    }

    /// <summary>
    /// Copies the editable columns onto a PUT built from the current vendor. Other phones, the third address line,
    /// insurance, website, expense account and the rest of the tax information are kept.
    /// </summary>
    public static void ApplyTo(Vendor source, VendorPutMessage target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ApplyName(source, target);
        target.PrimaryEmail = source.Email;
        target.PhoneNumbers = ApplyPhone(source.PhoneNumber, target.PhoneNumbers);
        target.Address = Address(source, target.Address?.AddressLine3);
        if (source.CategoryId is { } categoryId)
        {
            target.CategoryId = categoryId;
        }

        target.Comments = source.Notes;
        // The id goes in full with the type its format says (the pusher refuses a masked or malformed one); the rest
        // of the tax information (names, 1099 flag, address) is Buildium's as read.
        if (NullIfBlank(source.TaxId)?.Trim() is { } taxId)
        {
            target.TaxInformation ??= new TaxInformationSaveMessage { IncludeIn1099 = false };
            target.TaxInformation.TaxPayerId = taxId;
            target.TaxInformation.TaxPayerType = TaxPayerIds.TypeOf(taxId) is { } type ? new BuildiumEnumValue<TaxPayerIdType>(type) : target.TaxInformation.TaxPayerType;
        }
        else if (target.TaxInformation is not null)
        {
            target.TaxInformation.TaxPayerId = null;
            target.TaxInformation.TaxPayerType = null;
        }
    }

    private static void ApplyName(Vendor source, VendorPutMessage target)
    {
        var currentPerson = PersonName(target.FirstName, target.LastName);
        if (target.IsCompany || NullIfBlank(target.CompanyName) is not null)
        {
            target.CompanyName = source.Name;
            if (source.ContactName != currentPerson)
            {
                (target.FirstName, target.LastName) = SplitName(source.ContactName);
            }
        }
        else if (source.Name != currentPerson)
        {
            (target.FirstName, target.LastName) = SplitName(source.Name);
        }
    }

    /// <summary>
    /// The single local phone replaces the slot the pull took it from (the first filled of Home, Work, Mobile,
    /// Fax, Buildium's listing order), or goes to Work when there is none; the other slots are kept.
    /// </summary>
    private static PhoneNumbersMessage? ApplyPhone(string? phone, PhoneNumbersMessage? current)
    {
        var result = current ?? new PhoneNumbersMessage();
        var number = NullIfBlank(phone);
        if (result.Home is not null)
        {
            result.Home = number;
        }
        else if (result.Work is not null)
        {
            result.Work = number;
        }
        else if (result.Mobile is not null)
        {
            result.Mobile = number;
        }
        else if (result.Fax is not null)
        {
            result.Fax = number;
        }
        else
        {
            result.Work = number;
        }

        return result is { Home: null, Work: null, Mobile: null, Fax: null } ? null : result;
    }

    private static SaveAddressMessage? Address(Vendor v, string? line3) =>
        IsBlankAddress(v.AddressLine1, v.AddressLine2, v.City, v.State, v.PostalCode, v.Country) && line3 is null
            ? null
            : SaveAddress(v.AddressLine1, v.AddressLine2, line3, v.City, v.State, v.PostalCode, v.Country);

    private static string? PersonName(string? first, string? last) =>
        NullIfBlank(string.Join(' ', new[] { first?.Trim(), last?.Trim() }.Where(s => !string.IsNullOrEmpty(s))));

    /// <summary>"Ana María Souza" → ("Ana", "María Souza"); one word is a first name only.</summary>
    private static (string? First, string? Last) SplitName(string? name)
    {
        var trimmed = NullIfBlank(name)?.Trim();
        if (trimmed is null)
        {
            return (null, null);
        }

        var space = trimmed.IndexOf(' ');
        return space < 0 ? (trimmed, null) : (trimmed[..space], trimmed[(space + 1)..].Trim());
    }
}
