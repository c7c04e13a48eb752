using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Leases;

/// <summary>
/// GET /v1/leases/tenants and /v1/leases/tenants/{id}, read-only. Tenants live on their leases in the store
/// (<see cref="LeaseMessage.CurrentTenants"/>), so this view gathers them: each tenant once, with every lease it
/// is on in <see cref="TenantMessage.Leases"/>, last updated when the latest of those leases was.
/// </summary>
internal sealed class TenantsEndpoints(EmulatorData data) : IEndpointModule
{
    private const string BasePath = "/v1/leases/tenants";

    private static readonly ListFilter<TenantMessage>[] _filters =
    [
        ListFilters.AnyIntIn<TenantMessage>("propertyids", t => LeasesOf(t).Select(l => l.PropertyId ?? 0)),
        ListFilters.AnyIntIn<TenantMessage>("unitids", t => LeasesOf(t).Select(l => l.UnitId ?? 0)),
        ListFilters.Custom<TenantMessage>(query => QueryReader.EnumSet(query, "leasetermstatuses", BuildiumEnums.LeaseStatus) is { } statuses
            ? t => LeasesOf(t).Any(l => l.LeaseStatus is { } s && statuses.Contains(s))
            : null),
        ListFilters.Contains<TenantMessage>("unitnumber", t => LeasesOf(t).Select(l => l.UnitNumber)),
        ListFilters.Contains<TenantMessage>("name", t => [$"{t.FirstName} {t.LastName}"]),
        ListFilters.Contains<TenantMessage>("phone", t => (t.PhoneNumbers ?? []).Select(p => p.Number)),
        ListFilters.Contains<TenantMessage>("email", t => [t.Email, t.AlternateEmail]),
        ListFilters.LastUpdated<TenantMessage>(TimestampPrecision.Second),
    ];

    private static readonly string[] _buildingStatuses = ["Active", "InActive"];

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapGet(BasePath, (HttpContext http) =>
        {
            var query = http.Request.Query;
            var listQuery = ListQuery.Parse(query, typeof(TenantMessage));
            var predicates = _filters.Select(f => f(query)).OfType<Func<StoredRecord<TenantMessage>, bool>>().ToList();
            if (BuildingStatuses(query) is { } buildings)
            {
                predicates.Add(buildings);
            }

            if (RentalOwners(query) is { } owners)
            {
                predicates.Add(owners);
            }

            return ResourceEndpoints.Page(http, Tenants(), listQuery, predicates, r => r.Value);
        });
        app.MapGet($"{BasePath}/{ResourceEndpoints.IdRoute}", (HttpContext http) =>
        {
            var id = ResourceEndpoints.RouteInt(http, "id");
            var tenant = Tenants().FirstOrDefault(t => t.Id == id) ?? throw BuildiumApiException.NotFound("No tenant found with the id.");
            return BuildiumResults.Json(tenant.Value);
        });
    }

    private static List<LeaseMessage> LeasesOf(TenantMessage tenant) => tenant.Leases ?? [];

    /// <summary>Every tenant on a lease, in id order; built per request from the immutable stored leases.</summary>
    private List<StoredRecord<TenantMessage>> Tenants()
    {
        var byId = new SortedDictionary<int, (TenantMessage Tenant, List<LeaseMessage> Leases, DateTime Updated)>();
        foreach (var lease in data.Leases.All())
        {
            foreach (var tenant in lease.Value.CurrentTenants ?? [])
            {
                if (tenant.Id is not { } id)
                {
                    continue;
                }

                if (byId.TryGetValue(id, out var entry))
                {
                    entry.Leases.Add(lease.Value);
                    byId[id] = entry with { Updated = Max(entry.Updated, lease.LastUpdatedUtc) };
                }
                else
                {
                    byId[id] = (tenant, [lease.Value], lease.LastUpdatedUtc);
                }
            }
        }

        return [.. byId.Select(e => new StoredRecord<TenantMessage>(e.Key, 0, WithLeases(e.Value.Tenant, e.Value.Leases), e.Value.Updated))];
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static TenantMessage WithLeases(TenantMessage tenant, List<LeaseMessage> leases)
    {
        var copy = ObjectCopier.Shallow(tenant);
        copy.Leases = leases;
        return copy;
    }

    private Func<StoredRecord<TenantMessage>, bool>? BuildingStatuses(IQueryCollection query)
    {
        if (QueryReader.EnumSet(query, "buildingstatuses", _buildingStatuses) is not { } statuses)
        {
            return null;
        }

        return t => LeasesOf(t.Value).Any(l => l.PropertyId is { } id
            && data.Rentals.Find(id) is { } rental
            && statuses.Contains(rental.Value.IsActive == false ? "InActive" : "Active"));
    }

    private Func<StoredRecord<TenantMessage>, bool>? RentalOwners(IQueryCollection query)
    {
        if (QueryReader.IntSet(query, "rentalownerids") is not { } ownerIds)
        {
            return null;
        }

        var propertyIds = ownerIds.SelectMany(id => data.Owners.Find(id)?.Value.PropertyIds ?? []).ToHashSet();
        return t => LeasesOf(t.Value).Any(l => l.PropertyId is { } id && propertyIds.Contains(id));
    }
}
