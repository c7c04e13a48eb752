using PropertyManager.Buildium.Leases;
using PropertyManager.Buildium.Owners;
using PropertyManager.Buildium.Rentals;
using PropertyManager.Buildium.Units;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Tenants;
using PropertyManager.Data.Units;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Webhooks;

namespace PropertyManager.Sync.Portfolio;

/// <summary>Rental properties, units, owners (with their ownership rows), leases and their tenants (with the lease links).</summary>
internal static class PortfolioKinds
{
    public static SyncKind Properties() => new(new PullKind<RentalMessage, Property>
    {
        Name = SyncEntityTypes.Property,
        Filter = IncrementalFilter.DateTime,
        Fetch = (context, window, ct) => context.Client.Rentals.ListAsync(new RentalListFilter { LastUpdatedFrom = window.Since }, ct),
        FetchOne = (context, id, ct) => context.Client.Rentals.GetAsync(id, ct),
        Id = m => m.Id,
        Map = PropertyMapper.ToLocal,
        Resolve = async (context, dto, entity, ct) =>
            entity.OperatingBankAccountId = (Guid?)await context.Parents.FindAsync<BankAccount>(PropertyMapper.Parents(dto).BankAccountId, ct),
        ActiveProperty = nameof(Property.IsActive),
    })
    {
        Push = (pusher, item, ct) => new PortfolioPush(pusher).PushPropertyAsync(item, ct),
        Webhooks = [new WebhookRoute("Rental", "PropertyId")],
    };

    public static SyncKind Units() => new(new PullKind<RentalUnitMessage, Unit>
    {
        Name = SyncEntityTypes.Unit,
        Filter = IncrementalFilter.DateTime,
        Fetch = (context, window, ct) => context.Client.RentalUnits.ListAsync(new RentalUnitListFilter { LastUpdatedFrom = window.Since }, ct),
        FetchOne = (context, id, ct) => context.Client.RentalUnits.GetAsync(id, ct),
        Id = m => m.Id,
        Map = UnitMapper.ToLocal,
        Parents = UnitMapper.Parents,
        ListedMeansActive = true,
        ActiveProperty = nameof(Unit.IsActive),
    })
    {
        Push = (pusher, item, ct) => new PortfolioPush(pusher).PushUnitAsync(item, ct),
        Webhooks = [new WebhookRoute("RentalUnit", "UnitId")],
    };

    public static SyncKind Owners() => new(new PullKind<RentalOwnerMessage, Owner>
    {
        Name = SyncEntityTypes.Owner,
        Filter = IncrementalFilter.DateTime,
        Fetch = (context, window, ct) => context.Client.RentalOwners.ListAsync(new RentalOwnerListFilter { LastUpdatedFrom = window.Since }, ct),
        FetchOne = (context, id, ct) => context.Client.RentalOwners.GetAsync(id, ct),
        Id = m => m.Id,
        Map = OwnerMapper.ToLocal,
        ActiveProperty = nameof(Owner.IsActive),
        AfterBatch = OwnershipSync.AfterOwnerBatchAsync,
    })
    {
        Push = (pusher, item, ct) => new PortfolioPush(pusher).PushOwnerAsync(item, ct),
    };

    public static SyncKind Leases() => new(new PullKind<LeaseMessage, Lease>
    {
        Name = SyncEntityTypes.Lease,
        Filter = IncrementalFilter.DateTime,
        Fetch = (context, window, ct) => context.Client.Leases.ListAsync(new LeaseListFilter { LastUpdatedFrom = window.Since }, ct),
        FetchOne = (context, id, ct) => context.Client.Leases.GetAsync(id, ct),
        Id = m => m.Id,
        Map = LeaseMapper.ToLocal,
        Parents = LeaseMapper.Parents,
    })
    {
        Push = (pusher, item, ct) => new PortfolioPush(pusher).PushLeaseAsync(item, ct),
        Webhooks = [new WebhookRoute("Lease", "LeaseId")],
    };

    /// <summary>After leases: a tenant's links name its leases by their local rows.</summary>
    public static SyncKind Tenants() => new(new PullKind<TenantMessage, Tenant>
    {
        Name = SyncEntityTypes.Tenant,
        Filter = IncrementalFilter.DateTime,
        Fetch = (context, window, ct) => context.Client.LeaseTenants.ListAsync(new TenantListFilter { LastUpdatedFrom = window.Since }, ct),
        FetchOne = (context, id, ct) => context.Client.LeaseTenants.GetAsync(id, ct),
        Id = m => m.Id,
        Map = TenantMapper.ToLocal,
        ListedMeansActive = true,
        ActiveProperty = nameof(Tenant.IsActive),
        AfterBatch = TenantLinksSync.AfterTenantBatchAsync,
    })
    {
        Push = (pusher, item, ct) => new PortfolioPush(pusher).PushTenantAsync(item, ct),
        Webhooks = [new WebhookRoute("LeaseTenant", "TenantId")],
    };
}
