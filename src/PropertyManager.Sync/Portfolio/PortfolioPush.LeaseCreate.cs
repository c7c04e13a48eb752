using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Leases;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Tenants;
using PropertyManager.Sync.Push;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Portfolio;

/// <summary>
/// A lease created here: one <c>POST /v1/leases</c> with its unit, dates, tenants (new ones inline, known ones by id),
/// its rent schedule and its security deposit, as Buildium takes them together. The tenants and the rent schedule it
/// created then get their Buildium ids here and leave the outbox, so their own pushes never create them twice.
/// </summary>
internal sealed partial class PortfolioPush
{
    /// <summary>Buildium's limit on each of <c>Tenants</c> and <c>TenantIds</c>.</summary>
    private const int MaxTenantsPerList = 5;

    private async Task<int> CreateLeaseAsync(PushItem item, Lease lease, CancellationToken cancellationToken)
    {
        var unitId = await Db.Units.Where(u => u.Id == lease.UnitId).Select(u => u.BuildiumUnitId).SingleOrDefaultAsync(cancellationToken);
        if (unitId is not > 0)
        {
            throw lease.UnitId is null ? new PushRejectedException("A lease needs its unit before it can be created in Buildium.") : Waiting("unit");
        }

        if (lease.StartDate is not { } start)
        {
            throw new PushRejectedException("A lease needs its start date before it can be created in Buildium.");
        }

        var links = await Db.LeaseTenants.AsNoTracking().Include(l => l.Tenant)
            .Where(l => l.LeaseId == lease.Id)
            .OrderByDescending(l => l.IsPrimary).ThenBy(l => l.CreatedAt)
            .ToListAsync(cancellationToken);
        var newTenants = links.Where(l => l.Tenant!.BuildiumTenantId is not > 0).Select(l => l.Tenant!).ToList();
        var knownTenants = links.Where(l => l.Tenant!.BuildiumTenantId is > 0).Select(l => l.Tenant!.BuildiumTenantId!.Value).ToList();
        if (newTenants.Count + knownTenants.Count == 0)
        {
            throw new PushRejectedException("Buildium needs at least one tenant on a new lease: add a tenant to the lease.");
        }

        if (newTenants.Count > MaxTenantsPerList || knownTenants.Count > MaxTenantsPerList)
        {
            throw new PushRejectedException($"Buildium creates a lease with at most {MaxTenantsPerList} new and {MaxTenantsPerList} existing tenants.");
        }

        var rent = await Db.LeaseRents.AsNoTracking().Include(r => r.Charges).ThenInclude(c => c.GlAccount)
            .Where(r => r.LeaseId == lease.Id && r.BuildiumRentId == null)
            .OrderBy(r => r.StartDate)
            .FirstOrDefaultAsync(cancellationToken);
        var startDate = DateOnly.FromDateTime(start);
        var post = new LeasePostMessage
        {
            // The documented lease has no lease type: one without an end date is month-to-month (Buildium's AtWill).
            LeaseType = lease.EndDate is null ? LeaseType.AtWill : LeaseType.Fixed,
            UnitId = unitId.Value,
            LeaseFromDate = startDate,
            LeaseToDate = ToDate(lease.EndDate),
            SendWelcomeEmail = false,
            Tenants = newTenants.Count > 0 ? [.. newTenants.Select(TenantMapper.ToNewOnLease)] : null,
            TenantIds = knownTenants.Count > 0 ? knownTenants : null,
            Rent = rent is null ? null : RentOf(rent, startDate),
            SecurityDeposit = lease.DepositAmt is > 0 and var deposit ? new LeaseSecurityDepositPostMessage { DueDate = startDate, Amount = deposit } : null,
        };
        var id = await CreateOnceAsync(
            item,
            async () => await Client.Leases.ListAsync(new LeaseListFilter { LeaseDateFrom = startDate, LeaseDateTo = startDate }, cancellationToken)
                .Where(l => l.UnitId == unitId && l.LeaseFromDate == startDate)
                .Select(l => (int?)l.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await Client.Leases.CreateAsync(post, cancellationToken)).Id);

        await AdoptTenantsAsync(id, newTenants, knownTenants, cancellationToken);
        if (rent is not null)
        {
            await AdoptRentAsync(id, rent, cancellationToken);
        }

        return id;
    }

    private static LeaseRentPostMessage RentOf(LeaseRent rent, DateOnly leaseStart)
    {
        var charges = rent.Charges.Where(c => c.Amount > 0).ToList();
        if (charges.Count == 0)
        {
            throw new PushRejectedException("The lease's rent has no charge: enter the rent amount.");
        }

        if (charges.Any(c => c.GlAccount?.BuildiumGlAccountId is not > 0))
        {
            throw new PushRejectedException("Each rent charge needs a GL account known in Buildium.");
        }

        return new LeaseRentPostMessage
        {
            Cycle = ToEnum(rent.RentCycle, RentCycle.Monthly),
            Charges = [.. charges.Select(c => new LeaseRentChargePostMessage
            {
                Amount = c.Amount,
                GlAccountId = c.GlAccount!.BuildiumGlAccountId,
                NextDueDate = c.FirstChargeDate ?? rent.StartDate ?? leaseStart,
                Memo = NullIfBlank(c.Memo),
            })],
        };
    }

    /// <summary>The tenants Buildium created with the lease, found on it by name and e-mail.</summary>
    private async Task AdoptTenantsAsync(int leaseId, List<Tenant> newTenants, List<int> knownTenants, CancellationToken cancellationToken)
    {
        if (newTenants.Count == 0)
        {
            return;
        }

        var created = (await Client.Leases.GetAsync(leaseId, cancellationToken)).CurrentTenants ?? [];
        var unclaimed = created.Where(t => !knownTenants.Contains(t.Id)).ToList();
        foreach (var tenant in newTenants)
        {
            var match = unclaimed.FirstOrDefault(t => Matches(t.FirstName, tenant.FirstName) && Matches(t.LastName, tenant.LastName) && Matches(t.Email, NullIfBlank(tenant.Email)))
                ?? unclaimed.FirstOrDefault(t => Matches(t.FirstName, tenant.FirstName) && Matches(t.LastName, tenant.LastName));
            if (match is null)
            {
                continue;
            }

            unclaimed.Remove(match);
            await StoreBuildiumIdAsync(SyncEntityTypes.Tenant, tenant.Id, match.Id, cancellationToken);
            await MarkSyncedAsync(SyncEntityTypes.Tenant, tenant.Id, match.Id, cancellationToken);
        }
    }

    /// <summary>The schedule Buildium created from the POST's rent; its charges get their ids from the next pull.</summary>
    private async Task AdoptRentAsync(int leaseId, LeaseRent rent, CancellationToken cancellationToken)
    {
        var schedule = await Client.LeaseRent.ListAsync(leaseId, cancellationToken).OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (schedule is not null)
        {
            await StoreBuildiumIdAsync(SyncEntityTypes.LeaseRent, rent.Id, schedule.Id, cancellationToken);
            await MarkSyncedAsync(SyncEntityTypes.LeaseRent, rent.Id, schedule.Id, cancellationToken);
        }
    }
}
