using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Owners;
using PropertyManager.Data.Common;
using PropertyManager.Data.Owners;
using PropertyManager.Sync.Mapping;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Portfolio;

/// <summary>
/// Rental owner (<see cref="RentalOwnerMessage"/>) ↔ <see cref="Owner"/> (table <c>owners</c>).
/// <list type="bullet">
/// <item>Phones: read array <c>[{Number, Type}]</c> → the four columns via the client's
/// <see cref="CommonMapping.ToPhoneNumbersMessage"/> (Home→home, Office→work, Cell→mobile, Fax→fax; Personal/Other
/// fill a free slot), and back as the write object <c>{Home, Work, Mobile, Fax}</c>.</item>
/// <item>Tax: <c>TaxInformation.TaxPayerIdType</c> (read) / <c>TaxPayerType</c> (write) → <c>tax_payer_type</c>;
/// <c>TaxPayerId</c> → both <c>tax_payer_id</c> and <c>tax_id</c> (the schema has both; they mirror each other);
/// names and address → <c>tax_*</c>.</item>
/// <item>Properties: owners, not rentals, carry the links; <see cref="OwnedPropertyIds"/> gives the Buildium property
/// ids the engine turns into <c>ownership</c> rows. <see cref="Parents"/> is therefore always empty.</item>
/// <item><c>DateOfBirth</c> is write-only in Buildium: pulled rows keep their local value; it is sent on POST and PUT.</item>
/// </list>
/// </summary>
public static class OwnerMapper
{
    /// <summary>The owner PUT has no <c>TaxInformation</c> and no <c>IsActive</c>: tax data is set only on create.</summary>
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<Owner>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<Owner>();

    public static void ToLocal(RentalOwnerMessage source, Owner target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumOwnerId = source.Id;
        target.IsCompany = source.IsCompany;
        target.IsActive = source.IsActive;
        target.FirstName = source.FirstName;
        target.LastName = source.LastName;
        target.CompanyName = source.CompanyName;
        target.Email = source.Email;
        target.AlternateEmail = source.AlternateEmail;
        target.Comment = source.Comment;
        target.ManagementAgreementStartDate = source.ManagementAgreementStartDate;
        target.ManagementAgreementEndDate = source.ManagementAgreementEndDate;

        var phones = source.PhoneNumbers.ToPhoneNumbersMessage();
        target.PhoneHome = phones?.Home;
        target.PhoneWork = phones?.Work;
        target.PhoneMobile = phones?.Mobile;
        target.PhoneFax = phones?.Fax;

        target.AddressLine1 = source.Address?.AddressLine1;
        target.AddressLine2 = source.Address?.AddressLine2;
        target.AddressLine3 = source.Address?.AddressLine3;
        target.City = source.Address?.City;
        target.State = source.Address?.State;
        target.PostalCode = source.Address?.PostalCode;
        target.Country = source.Address?.Country;

        var tax = source.TaxInformation;
        target.TaxPayerId = tax?.TaxPayerId;
        target.TaxId = tax?.TaxPayerId;
        target.TaxPayerType = Name(tax?.TaxPayerIdType);
        target.TaxPayerName1 = tax?.TaxPayerName1;
        target.TaxPayerName2 = tax?.TaxPayerName2;
        target.TaxAddressLine1 = tax?.Address?.AddressLine1;
        target.TaxAddressLine2 = tax?.Address?.AddressLine2;
        target.TaxAddressLine3 = tax?.Address?.AddressLine3;
        target.TaxCity = tax?.Address?.City;
        target.TaxState = tax?.Address?.State;
        target.TaxPostalCode = tax?.Address?.PostalCode;
        target.TaxCountry = tax?.Address?.Country;
        ColumnLengths.Fit(target);
    }

    /// <summary>Always <see cref="BuildiumParents.None"/>: an owner's properties come from <see cref="OwnedPropertyIds"/>.</summary>
    public static BuildiumParents Parents(RentalOwnerMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return BuildiumParents.None;
    }

    /// <summary>The Buildium ids of the rentals this owner owns (distinct, in Buildium's order); one ownership row each.</summary>
    public static IReadOnlyList<int> OwnedPropertyIds(RentalOwnerMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.PropertyIds is null ? [] : [.. source.PropertyIds.Where(id => id > 0).Distinct()];
    }

    /// <summary>The create message; Buildium requires at least one property id.</summary>
    public static RentalOwnerPostMessage ToPost(Owner source, IReadOnlyList<int> propertyBuildiumIds)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(propertyBuildiumIds);
        return new RentalOwnerPostMessage
        {
            FirstName = source.FirstName,
            LastName = source.LastName,
            IsCompany = source.IsCompany ?? false,
            CompanyName = source.CompanyName,
            DateOfBirth = source.DateOfBirth,
            ManagementAgreementStartDate = source.ManagementAgreementStartDate,
            ManagementAgreementEndDate = source.ManagementAgreementEndDate,
            Email = source.Email,
            AlternateEmail = source.AlternateEmail,
            PhoneNumbers = Phones(source),
            Address = SaveAddress(source.AddressLine1, source.AddressLine2, source.AddressLine3, source.City, source.State, source.PostalCode, source.Country),
            Comment = source.Comment,
            PropertyIds = [.. propertyBuildiumIds],
            TaxInformation = TaxInformation(source),
        };
    }

    /// <summary>
    /// Copies the editable columns onto a PUT built from the current owner. Pass <paramref name="propertyBuildiumIds"/>
    /// only to change the owner's properties; otherwise the current links are kept.
    /// </summary>
    public static void ApplyTo(Owner source, RentalOwnerPutMessage target, IReadOnlyList<int>? propertyBuildiumIds = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.FirstName = source.FirstName;
        target.LastName = source.LastName;
        target.IsCompany = source.IsCompany ?? target.IsCompany;
        target.CompanyName = source.CompanyName;
        // Write-only in Buildium, so the PUT built from a GET never has it: ours is sent, the pusher having made sure
        // it is known (ADR-013); an empty one clears Buildium's, as the user asked.
        target.DateOfBirth = source.DateOfBirth;
        target.ManagementAgreementStartDate = source.ManagementAgreementStartDate;
        target.ManagementAgreementEndDate = source.ManagementAgreementEndDate;
        target.Email = source.Email;
        target.AlternateEmail = source.AlternateEmail;
        target.PhoneNumbers = Phones(source);
        target.Address = SaveAddress(source.AddressLine1, source.AddressLine2, source.AddressLine3, source.City, source.State, source.PostalCode, source.Country);
        target.Comment = source.Comment;
        if (propertyBuildiumIds is not null)
        {
            target.PropertyIds = [.. propertyBuildiumIds];
        }
    }

    /// <summary>The four phone columns as Buildium's write object; null when the owner has no phone.</summary>
    public static PhoneNumbersMessage? Phones(Owner source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var phones = new PhoneNumbersMessage
        {
            Home = NullIfBlank(source.PhoneHome),
            Work = NullIfBlank(source.PhoneWork),
            Mobile = NullIfBlank(source.PhoneMobile),
            Fax = NullIfBlank(source.PhoneFax),
        };
        return phones is { Home: null, Work: null, Mobile: null, Fax: null } ? null : phones;
    }

    private static TaxInformationPostMessage? TaxInformation(Owner source)
    {
        var taxPayerId = NullIfBlank(source.TaxPayerId) ?? NullIfBlank(source.TaxId);
        var hasAddress = !IsBlankAddress(source.TaxAddressLine1, source.TaxAddressLine2, source.TaxCity, source.TaxState, source.TaxPostalCode, source.TaxCountry);
        if (taxPayerId is null && source.TaxPayerType is null && source.TaxPayerName1 is null && source.TaxPayerName2 is null && !hasAddress)
        {
            return null;
        }

        return new TaxInformationPostMessage
        {
            TaxPayerId = taxPayerId,
            TaxPayerType = ToOptionalEnum<TaxPayerIdType>(source.TaxPayerType),
            TaxPayerName1 = source.TaxPayerName1,
            TaxPayerName2 = source.TaxPayerName2,
            Address = hasAddress
                ? SaveAddress(source.TaxAddressLine1, source.TaxAddressLine2, source.TaxAddressLine3, source.TaxCity, source.TaxState, source.TaxPostalCode, source.TaxCountry)
                : null,
        };
    }
}
