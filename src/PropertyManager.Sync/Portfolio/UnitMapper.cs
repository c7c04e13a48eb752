using PropertyManager.Buildium.Rentals;
using PropertyManager.Buildium.Units;
using PropertyManager.Data.Common;
using PropertyManager.Data.Units;
using PropertyManager.Sync.Mapping;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Portfolio;

/// <summary>
/// Rental unit (<see cref="RentalUnitMessage"/>) ↔ <see cref="Unit"/> (table <c>units</c>). Parent: the property,
/// through <see cref="Parents"/>. Bedrooms and bathrooms are stored as Buildium's enum names (e.g.
/// <c>OnePointFiveBath</c>), never ordinals. <c>UnitSize</c> goes to <c>unit_size</c>; <c>square_footage</c>,
/// <c>unit_type</c> and <c>is_active</c> have no Buildium field (units carry no active flag or timestamps).
/// </summary>
public static class UnitMapper
{
    /// <summary>A unit cannot move to another property: the PUT has no <c>PropertyId</c>.</summary>
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<Unit>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<Unit>();

    public static void ToLocal(RentalUnitMessage source, Unit target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumUnitId = source.Id;
        target.UnitNumber = source.UnitNumber;
        target.UnitSize = source.UnitSize;
        target.MarketRent = source.MarketRent;
        target.AddressLine1 = source.Address?.AddressLine1;
        target.AddressLine2 = source.Address?.AddressLine2;
        target.AddressLine3 = source.Address?.AddressLine3;
        target.City = source.Address?.City;
        target.State = source.Address?.State;
        target.PostalCode = source.Address?.PostalCode;
        target.Country = source.Address?.Country;
        target.UnitBedrooms = Name(source.UnitBedrooms);
        target.UnitBathrooms = Name(source.UnitBathrooms);
        target.Description = source.Description;
        ColumnLengths.Fit(target);
    }

    public static BuildiumParents Parents(RentalUnitMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BuildiumParents { PropertyId = BuildiumParents.Id(source.PropertyId) };
    }

    public static RentalUnitsPostMessage ToPost(Unit source, int propertyBuildiumId)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new RentalUnitsPostMessage
        {
            UnitNumber = source.UnitNumber ?? string.Empty,
            PropertyId = propertyBuildiumId,
            UnitSize = source.UnitSize,
            MarketRent = source.MarketRent,
            Address = Address(source),
            UnitBedrooms = ToOptionalEnum<UnitBedrooms>(source.UnitBedrooms),
            UnitBathrooms = ToOptionalEnum<UnitBathrooms>(source.UnitBathrooms),
            Description = source.Description,
        };
    }

    /// <summary>The unit as part of a new rental's create message (<see cref="PropertyMapper.ToPost"/>).</summary>
    public static RentalPropertyUnitPostMessage ToPropertyPostUnit(Unit source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new RentalPropertyUnitPostMessage
        {
            UnitNumber = source.UnitNumber ?? string.Empty,
            UnitSize = source.UnitSize,
            MarketRent = source.MarketRent,
            Address = Address(source),
            UnitBedrooms = ToOptionalEnum<UnitBedrooms>(source.UnitBedrooms),
            UnitBathrooms = ToOptionalEnum<UnitBathrooms>(source.UnitBathrooms),
            Description = source.Description,
        };
    }

    public static void ApplyTo(Unit source, RentalUnitPutMessage target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.UnitNumber = source.UnitNumber ?? string.Empty;
        target.UnitSize = source.UnitSize;
        target.MarketRent = source.MarketRent;
        target.Address = Address(source);
        target.UnitBedrooms = ToOptionalEnum<UnitBedrooms>(source.UnitBedrooms);
        target.UnitBathrooms = ToOptionalEnum<UnitBathrooms>(source.UnitBathrooms);
        target.Description = source.Description;
    }

    private static Buildium.Common.SaveAddressMessage Address(Unit u) =>
        SaveAddress(u.AddressLine1, u.AddressLine2, u.AddressLine3, u.City, u.State, u.PostalCode, u.Country);
}
