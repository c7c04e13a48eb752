using PropertyManager.Data.Tenants;
using PropertyManager.Data.Units;

namespace PropertyManager.Data.Leases;

/// <summary>
/// A lease signed here, built as one graph so one SaveChanges queues it whole: the lease, its tenant links (new tenants
/// added with it, known ones linked), its rent schedule with one charge, and its deposit. The sync pushes it as one
/// Buildium <c>POST /v1/leases</c>.
/// </summary>
public static class NewLease
{
    public static Lease Build(
        Unit unit, DateOnly start, DateOnly? end, decimal? deposit, decimal rentAmount, string rentCycle, Guid rentGlAccountId, DateOnly firstRentDue,
        IReadOnlyList<Tenant> newTenants, IReadOnlyList<Guid> knownTenantIds)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(newTenants);
        ArgumentNullException.ThrowIfNull(knownTenantIds);
        var lease = new Lease
        {
            UnitId = unit.Id,
            PropertyId = unit.PropertyId,
            StartDate = start.ToDateTime(TimeOnly.MinValue),
            EndDate = end?.ToDateTime(TimeOnly.MinValue),
            DepositAmt = deposit is > 0 ? deposit : null,
            Status = start > DateOnly.FromDateTime(DateTime.UtcNow) ? LeaseStatuses.Future : LeaseStatuses.Active,
        };
        var status = start > DateOnly.FromDateTime(DateTime.UtcNow) ? "Future" : "Current";
        var first = true;
        foreach (var tenant in newTenants)
        {
            lease.Tenants.Add(new LeaseTenant { Tenant = tenant, Status = status, MoveInDate = start, IsPrimary = first });
            first = false;
        }

        foreach (var tenantId in knownTenantIds)
        {
            lease.Tenants.Add(new LeaseTenant { TenantId = tenantId, Status = status, MoveInDate = start, IsPrimary = first });
            first = false;
        }

        lease.Rents.Add(new LeaseRent
        {
            RentCycle = rentCycle,
            StartDate = start,
            EndDate = end,
            TotalAmount = rentAmount,
            Charges = [new LeaseRentCharge { GlAccountId = rentGlAccountId, Amount = rentAmount, Memo = "Rent", FirstChargeDate = firstRentDue, DueOnDayOfTheMonth = firstRentDue.Day }],
        });
        return lease;
    }
}
