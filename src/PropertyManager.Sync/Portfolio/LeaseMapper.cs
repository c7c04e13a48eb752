using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Leases;
using PropertyManager.Data.Common;
using PropertyManager.Data.Leases;
using PropertyManager.Sync.Mapping;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Portfolio;

/// <summary>
/// Lease (<see cref="LeaseMessage"/>) ↔ <see cref="Lease"/> (table <c>"Lease"</c>). Parents: property and unit.
/// Dates become midnight <see cref="DateTime"/>s of Kind Unspecified (the columns are timestamp without time zone).
/// Buildium's <c>CreatedDateTime</c>/<c>LastUpdatedDateTime</c> have no column here (the table has no
/// <c>buildium_*_at</c>), and <c>notes</c> has no Buildium field.
/// </summary>
public static class LeaseMapper
{
    /// <summary>
    /// Buildium derives the status from the dates; the deposit is set on create and later only through charges;
    /// the property follows the unit.
    /// </summary>
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<Lease>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<Lease>();

    public static void ToLocal(LeaseMessage source, Lease target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumLeaseId = source.Id;
        target.StartDate = ToDateTime(source.LeaseFromDate);
        target.EndDate = ToDateTime(source.LeaseToDate);
        target.Status = Name(source.LeaseStatus);
        target.DepositAmt = source.AccountDetails?.SecurityDeposit;
        ColumnLengths.Fit(target);
    }

    public static BuildiumParents Parents(LeaseMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BuildiumParents { PropertyId = BuildiumParents.Id(source.PropertyId), UnitId = BuildiumParents.Id(source.UnitId) };
    }

    /// <summary>
    /// The create message for a signed lease. The local table has no lease type: without <paramref name="leaseType"/>
    /// a lease with an end date is <c>Fixed</c>, one without is <c>AtWill</c>. A deposit becomes the security deposit
    /// charge, due on the start date. Tenants and rent are not held locally and must be added by the caller.
    /// </summary>
    public static LeasePostMessage ToPost(Lease source, int unitBuildiumId, LeaseType? leaseType = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var from = ToDate(source.StartDate)
            ?? throw new InvalidOperationException($"Lease {source.Id} has no start date, which Buildium requires.");
        return new LeasePostMessage
        {
            LeaseType = new BuildiumEnumValue<LeaseType>(leaseType ?? (source.EndDate is null ? LeaseType.AtWill : LeaseType.Fixed)),
            UnitId = unitBuildiumId,
            LeaseFromDate = from,
            LeaseToDate = ToDate(source.EndDate),
            SendWelcomeEmail = false,
            SecurityDeposit = source.DepositAmt is > 0 ? new LeaseSecurityDepositPostMessage { DueDate = from, Amount = source.DepositAmt.Value } : null,
        };
    }

    /// <summary>Copies the dates (and the unit, when given) onto a PUT built from the current lease.</summary>
    public static void ApplyTo(Lease source, LeasePutMessage target, int? unitBuildiumId = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (ToDate(source.StartDate) is { } from)
        {
            target.LeaseFromDate = from;
        }

        target.LeaseToDate = ToDate(source.EndDate);
        if (unitBuildiumId is { } unitId)
        {
            target.UnitId = unitId;
        }
    }
}
