using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.LeaseLedger;

/// <summary>
/// <c>GET /v1/leases/outstandingbalances</c>: every lease that owes money (zero and credit balances are left out, as
/// Buildium documents), computed from the ledger on each request, with Buildium's filters and paging.
/// </summary>
internal sealed class OutstandingBalancesEndpoints(ResourceContext context) : IEndpointModule
{
    private static readonly string[] _entityTypes = ["Rental", "RentalOwner"];
    private static readonly string[] _pastDueEmail = ["NoEmailAddress", "Sent"];
    private static readonly string[] _evictionStatus = ["NotEvictionPending", "EvictionPending"];

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapGet("/v1/leases/outstandingbalances", (HttpContext http) =>
    {
        var query = http.Request.Query;
        var listQuery = ListQuery.Parse(query, typeof(LeaseOutstandingBalanceMessage));
        var leaseFilters = LeaseFilters(query);
        var duration = QueryReader.Enum(query, "balanceduration", BuildiumEnums.BalanceDuration);
        var data = context.Data;
        var today = context.Today;
        var balances = new List<StoredRecord<LeaseOutstandingBalanceMessage>>();
        foreach (var lease in data.Leases.All())
        {
            if (!leaseFilters.All(f => f(lease)))
            {
                continue;
            }

            var balance = LeaseBalanceCalculator.Compute(lease, data.LeaseTransactions.ChildrenOf(lease.Id), today);
            if (balance.TotalBalance > 0 && InDuration(balance, duration))
            {
                balances.Add(new StoredRecord<LeaseOutstandingBalanceMessage>(lease.Id, 0, balance, lease.LastUpdatedUtc));
            }
        }

        return ResourceEndpoints.Page(http, balances, listQuery, [], r => r.Value);
    });

    private static bool InDuration(LeaseOutstandingBalanceMessage balance, string? duration) => duration switch
    {
        "Balance0to30Days" => balance.Balance0To30Days > 0,
        "Balance31to60Days" => balance.Balance31To60Days > 0,
        "Balance61to90Days" => balance.Balance61To90Days > 0,
        "BalanceOver90Days" => balance.BalanceOver90Days > 0,
        _ => true,
    };

    private List<Func<StoredRecord<LeaseMessage>, bool>> LeaseFilters(IQueryCollection query)
    {
        var data = context.Data;
        var filters = new List<Func<StoredRecord<LeaseMessage>, bool>>();
        var entityType = QueryReader.Enum(query, "entitytype", _entityTypes);
        var entityId = QueryReader.Int(query, "entityid");
        if (entityType is not null && entityId is null)
        {
            throw BuildiumApiException.BadRequest("entityid", "entityid is required when entitytype is given.");
        }

        if (entityId is not null && entityType is null)
        {
            throw BuildiumApiException.BadRequest("entitytype", "entitytype is required when entityid is given.");
        }

        if (entityType == "Rental")
        {
            filters.Add(l => l.Value.PropertyId == entityId);
        }
        else if (entityType == "RentalOwner")
        {
            var propertyIds = (data.Owners.Find(entityId!.Value)?.Value.PropertyIds ?? []).ToHashSet();
            filters.Add(l => l.Value.PropertyId is { } id && propertyIds.Contains(id));
        }

        if (QueryReader.EnumSet(query, "leasestatuses", BuildiumEnums.LeaseStatus) is { } statuses)
        {
            filters.Add(l => l.Value.LeaseStatus is { } s && statuses.Contains(s));
        }

        if (QueryReader.IntSet(query, "leaseids") is { } leaseIds)
        {
            filters.Add(l => leaseIds.Contains(l.Id));
        }

        switch (QueryReader.Enum(query, "pastdueemail", _pastDueEmail))
        {
            case "Sent":
                // The emulator never sends past-due e-mails.
                filters.Add(_ => false);
                break;
            case "NoEmailAddress":
                filters.Add(l => (l.Value.CurrentTenants ?? []).All(t => string.IsNullOrEmpty(CurrentEmail(data, t))));
                break;
        }

        switch (QueryReader.Enum(query, "evictionstatus", _evictionStatus))
        {
            case "EvictionPending":
                filters.Add(l => l.Value.IsEvictionPending == true);
                break;
            case "NotEvictionPending":
                filters.Add(l => l.Value.IsEvictionPending != true);
                break;
        }

        return filters;
    }

    private static string? CurrentEmail(EmulatorData data, TenantMessage tenant) =>
        tenant.Id is { } id && data.Tenants.Find(id) is { } stored ? stored.Value.Email : tenant.Email;
}
