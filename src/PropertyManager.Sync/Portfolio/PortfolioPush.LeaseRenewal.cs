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
    /// <summary>The renewal term waiting for this lease: a schedule not in Buildium that starts after Buildium's end.</summary>
    private async Task<LeaseRent?> PendingRenewalAsync(Lease lease, LeaseMessage current, CancellationToken cancellationToken)
    {
        if (current.LeaseToDate is not { } end)
        {
            return null;
        }

        return await Db.LeaseRents.AsNoTracking().Include(r => r.Charges).ThenInclude(c => c.GlAccount)
            .Where(r => r.LeaseId == lease.Id && r.BuildiumRentId == null && r.StartDate > end)
            .OrderBy(r => r.StartDate)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task RenewLeaseAsync(PushItem item, Lease lease, int leaseId, LeaseMessage current, LeaseRent rent, CancellationToken cancellationToken)
    {
        var termStart = current.LeaseToDate!.Value.AddDays(1);
        if (ToDate(lease.EndDate) is not { } newEnd || newEnd <= current.LeaseToDate)
        {
            throw new PushRejectedException($"A renewal must end after the lease's current end in Buildium ({current.LeaseToDate:yyyy-MM-dd}): change the new end date.");
        }

        if (rent.StartDate != termStart)
        {
            throw new PushRejectedException($"The lease's end in Buildium is now {current.LeaseToDate:yyyy-MM-dd}, so a renewal starts on {termStart:yyyy-MM-dd}: renew it again from the lease's page.");
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
        var renewal = await CreateOnceAsync(
            item,
            async () => await Client.Leases.ListRenewalsAsync(leaseId, cancellationToken)
                .Where(r => r.LeaseFromDate == termStart && r.LeaseToDate == newEnd)
                .Select(r => r.RentId)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await Client.Leases.RenewAsync(leaseId, post, cancellationToken)).RentId ?? 0);

        // The term's schedule was created by the renewal: adopt its id so its own push never sends it again.
        if (renewal > 0)
        {
            await StoreBuildiumIdAsync(SyncEntityTypes.LeaseRent, rent.Id, renewal, cancellationToken);
            await MarkSyncedAsync(SyncEntityTypes.LeaseRent, rent.Id, renewal, cancellationToken);
        }
    }
}
