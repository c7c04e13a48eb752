using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Rentals;
using PropertyManager.Data.Common;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Units;
using PropertyManager.Sync.Mapping;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Portfolio;

/// <summary>
/// Rental property (<see cref="RentalMessage"/>) ↔ <see cref="Property"/> (table <c>properties</c>).
/// Parent: <see cref="Parents"/> gives the operating bank account's Buildium id, which the engine turns into
/// <c>operating_bank_account_id</c>. Buildium sends no timestamps for rentals, so <c>buildium_created_at</c> /
/// <c>buildium_updated_at</c> stay as they are. Square footage, bedrooms, bathrooms and <c>rental_owner_ids</c>
/// have no Buildium field (owners carry the links) and are local only.
/// </summary>
public static class PropertyMapper
{
    /// <summary>
    /// Read from Buildium but not writable by a PUT: <c>RentalType</c> derives from the sub type, the unit count
    /// from the units, and activity changes only through the inactivation/reactivation requests.
    /// </summary>
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<Property>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<Property>();

    public static void ToLocal(RentalMessage source, Property target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumPropertyId = source.Id;
        target.Name = source.Name;
        target.StructureDescription = source.StructureDescription;
        target.AddressLine1 = source.Address?.AddressLine1;
        target.AddressLine2 = source.Address?.AddressLine2;
        target.AddressLine3 = source.Address?.AddressLine3;
        target.City = source.Address?.City;
        target.State = source.Address?.State;
        target.PostalCode = source.Address?.PostalCode;
        target.Country = source.Address?.Country;
        target.RentalSubType = Name(source.RentalSubType);
        target.PropertyType = Name(source.RentalType);
        target.Reserve = source.Reserve;
        target.YearBuilt = source.YearBuilt;
        target.TotalUnits = source.NumberUnits;
        target.IsActive = source.IsActive;
        target.Status = source.IsActive ? PropertyStatuses.Active : PropertyStatuses.Inactive;
        ColumnLengths.Fit(target);
    }

    public static BuildiumParents Parents(RentalMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BuildiumParents { BankAccountId = BuildiumParents.Id(source.OperatingBankAccountId) };
    }

    /// <summary>
    /// The create message. Pass the property's local units: Buildium creates a default unit when none are sent.
    /// </summary>
    public static RentalPropertyPostMessage ToPost(
        Property source, int operatingBankAccountBuildiumId, IReadOnlyList<int>? rentalOwnerBuildiumIds = null, IEnumerable<Unit>? units = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new RentalPropertyPostMessage
        {
            Name = source.Name ?? string.Empty,
            StructureDescription = source.StructureDescription,
            Address = SaveAddress(source.AddressLine1, source.AddressLine2, source.AddressLine3, source.City, source.State, source.PostalCode, source.Country),
            RentalSubType = new BuildiumEnumValue<RentalSubType>(NullIfBlank(source.RentalSubType)
                ?? throw new InvalidOperationException($"Property {source.Id} has no rental sub type, which Buildium requires.")),
            OperatingBankAccountId = operatingBankAccountBuildiumId,
            RentalOwnerIds = rentalOwnerBuildiumIds is { Count: > 0 } ? [.. rentalOwnerBuildiumIds] : null,
            Reserve = source.Reserve,
            YearBuilt = source.YearBuilt,
            Units = units?.Select(UnitMapper.ToPropertyPostUnit).ToList() is { Count: > 0 } list ? list : null,
        };
    }

    /// <summary>Copies the editable columns onto a PUT built from the current rental; the rest (manager...) is kept.</summary>
    public static void ApplyTo(Property source, RentalPropertyPutMessage target, int? operatingBankAccountBuildiumId = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.Name = source.Name ?? string.Empty;
        target.StructureDescription = source.StructureDescription;
        target.Address = SaveAddress(source.AddressLine1, source.AddressLine2, source.AddressLine3, source.City, source.State, source.PostalCode, source.Country);
        if (!string.IsNullOrWhiteSpace(source.RentalSubType))
        {
            target.RentalSubType = new BuildiumEnumValue<RentalSubType>(source.RentalSubType);
        }

        if (operatingBankAccountBuildiumId is { } bankAccountId)
        {
            target.OperatingBankAccountId = bankAccountId;
        }

        target.Reserve = source.Reserve;
        target.YearBuilt = source.YearBuilt;
    }
}
