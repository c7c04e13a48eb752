using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Data.Common;
using PropertyManager.Data.Leases;
using PropertyManager.Sync.Mapping;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Receivables;

/// <summary>
/// Rent schedule (<see cref="RentMessage"/>, from the list of every lease's schedules) → <see cref="LeaseRent"/> (table
/// <c>lease_rents</c>), parent: the lease. Its charges become <c>lease_rent_charges</c> rows (<see cref="RentChargesSync"/>),
/// each charged to the GL account Buildium names by id.
/// </summary>
public static class LeaseRentMapper
{
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<LeaseRent>();

    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<LeaseRent>();

    public static void ToLocal(RentMessage source, LeaseRent target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumRentId = source.Id;
        target.RentCycle = Name(source.RentCycle);
        target.StartDate = source.StartDate;
        target.EndDate = source.EndDate;
        target.TotalAmount = source.TotalAmount;
        ColumnLengths.Fit(target);
    }

    public static BuildiumParents Parents(RentMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BuildiumParents { LeaseId = BuildiumParents.Id(source.LeaseId) };
    }

    /// <summary>The schedule's charges, as rows without their schedule's local id (set when the schedule is written).</summary>
    public static IReadOnlyList<LeaseRentCharge> Charges(RentMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return [.. (source.Charges ?? []).Where(c => c.Id > 0).DistinctBy(c => c.Id).Select(c => ColumnLengths.Fit(new LeaseRentCharge
        {
            BuildiumChargeId = c.Id,
            Amount = c.Amount,
            Memo = c.Memo,
            FirstChargeDate = c.FirstChargeDate,
            DueOnDayOfTheMonth = c.DueOnDayOfTheMonth,
        }))];
    }
}
