using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Leases;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Sync.Push;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Portfolio;

/// <summary>
/// A lease renewed here: its new term's rent schedule waits without a Buildium id (<see cref="LeaseRenewal"/>) and the
/// lease's push sends one <c>POST /v1/leases/{id}/renewals</c> instead of a PUT, since Buildium moves a lease's end
/// with its new term and rent together. The schedule Buildium created then gets its id and leaves the outbox.
/// </summary>
internal sealed partial class PortfolioPush
{
    /// <summary>The renewal term waiting for this lease: a schedule not in Buildium that starts after the lease's start.</summary>
    private async Task<LeaseRent?> PendingRenewalAsync(Lease lease, CancellationToken cancellationToken)
    {
        if (ToDate(lease.StartDate) is not { } leaseStart)
        {
            return null;
        }

        return await Db.LeaseRents.AsNoTracking().Include(r => r.Charges).ThenInclude(c => c.GlAccount)
            .Where(r => r.LeaseId == lease.Id && r.BuildiumRentId == null && r.StartDate > leaseStart)
            .OrderBy(r => r.StartDate)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task RenewLeaseAsync(Lease lease, int leaseId, LeaseMessage current, LeaseRent rent, CancellationToken cancellationToken)
    {
        if (ToDate(lease.EndDate) is not { } newEnd)
        {
            throw new PushRejectedException("A renewal needs the lease's new end date: give the lease an end date.");
        }

        if (current.LeaseToDate is not { } end)
        {
            throw new PushRejectedException("Buildium's lease now runs month-to-month (no end date), so there is no term to renew from: check the lease in Buildium and sync.");
        }

        // Buildium's lease already runs past the term's start: an earlier renewal landed though its answer was lost (a
        // timeout), so it is adopted rather than sent twice; otherwise the lease changed in Buildium meanwhile.
        if (rent.StartDate <= end)
        {
            var landed = await Client.Leases.ListRenewalsAsync(leaseId, cancellationToken)
                .Where(r => r.LeaseFromDate == rent.StartDate && r.LeaseToDate == newEnd)
                .Select(r => r.RentId)
                .FirstOrDefaultAsync(cancellationToken);
            if (landed is not > 0)
            {
                throw new PushRejectedException($"Buildium's lease now ends on {end:yyyy-MM-dd}, after this renewal's start ({rent.StartDate:yyyy-MM-dd}): check the lease in Buildium, then renew it again.");
            }

            await AdoptRenewalRentAsync(rent, landed.Value, cancellationToken);
            return;
        }

        var termStart = end.AddDays(1);
        if (rent.StartDate != termStart)
        {
            throw new PushRejectedException($"The lease's end in Buildium is now {end:yyyy-MM-dd}, so a renewal starts on {termStart:yyyy-MM-dd}: renew it again from the lease's page.");
        }

        var tenantIds = (current.CurrentTenants ?? []).Select(t => t.Id).Where(id => id > 0).Distinct().ToList();
        if (tenantIds.Count == 0)
        {
            throw new PushRejectedException("Buildium renews a lease with at least one tenant: add a tenant to the lease.");
        }

        var post = new LeaseRenewalPostMessage
        {
            // A term with an end is fixed; the documented lease has no lease type to carry anything else.
            LeaseType = LeaseType.Fixed,
            LeaseToDate = newEnd,
            SendWelcomeEmail = false,
            TenantIds = tenantIds,
            Rent = RentOf(rent, termStart),
        };
        var rentId = (await Client.Leases.RenewAsync(leaseId, post, cancellationToken)).RentId;
        if (rentId is > 0)
        {
            await AdoptRenewalRentAsync(rent, rentId.Value, cancellationToken);
        }
    }

    /// <summary>The term's schedule was created by the renewal: adopt its id so its own push never sends it again.</summary>
    private async Task AdoptRenewalRentAsync(LeaseRent rent, int buildiumRentId, CancellationToken cancellationToken)
    {
        await StoreBuildiumIdAsync(SyncEntityTypes.LeaseRent, rent.Id, buildiumRentId, cancellationToken);
        await MarkSyncedAsync(SyncEntityTypes.LeaseRent, rent.Id, buildiumRentId, cancellationToken);
    }
}
