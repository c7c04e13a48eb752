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
    private readonly Lock _lock = new();
    private BalanceSnapshot? _snapshot;

    private static readonly string[] _entityTypes = ["Rental", "RentalOwner"];
    private static readonly string[] _pastDueEmail = ["NoEmailAddress", "Sent"];
    private static readonly string[] _evictionStatus = ["NotEvictionPending", "EvictionPending"];

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapGet("/v1/leases/outstandingbalances", (HttpContext http) =>
    {
        var query = http.Request.Query;
        var listQuery = ListQuery.Parse(query, typeof(LeaseOutstandingBalanceMessage));
        var leaseFilters = LeaseFilters(query);
        var duration = QueryReader.Enum(query, "balanceduration", BuildiumEnums.BalanceDuration);
        var balances = new List<StoredRecord<LeaseOutstandingBalanceMessage>>();
        foreach (var (lease, balance) in OwingLeases())
        {
            if (leaseFilters.All(f => f(lease)) && InDuration(balance, duration))
            {
                balances.Add(new StoredRecord<LeaseOutstandingBalanceMessage>(lease.Id, 0, balance, lease.LastUpdatedUtc));
            }
        }

        return ResourceEndpoints.Page(http, balances, listQuery, [], r => r.Value);
    });

    /// <summary>
    /// Every owing lease with its balance, recomputed only when the leases, the ledger or the day changed: the stores hand
    /// out the same snapshot until a write, so paging through the list does not redo the whole ledger per page.
    /// </summary>
    private List<(StoredRecord<LeaseMessage> Lease, LeaseOutstandingBalanceMessage Balance)> OwingLeases()
    {
        var leases = context.Data.Leases.All();
        var ledger = context.Data.LeaseTransactions.All();
        var today = context.Today;
        lock (_lock)
        {
            if (_snapshot is { } cached && ReferenceEquals(cached.Leases, leases) && ReferenceEquals(cached.Ledger, ledger) && cached.Today == today)
            {
                return cached.Owing;
            }
        }

        var byLease = new Dictionary<int, List<StoredRecord<LeaseTransactionMessage>>>();
        foreach (var entry in ledger)
        {
            if (!byLease.TryGetValue(entry.ParentId, out var entries))
            {
                byLease[entry.ParentId] = entries = [];
            }

            entries.Add(entry);
        }

        var owing = new List<(StoredRecord<LeaseMessage> Lease, LeaseOutstandingBalanceMessage Balance)>();
        foreach (var lease in leases)
        {
            if (byLease.TryGetValue(lease.Id, out var entries) && LeaseBalanceCalculator.Compute(lease, entries, today) is { TotalBalance: > 0 } balance)
            {
                owing.Add((lease, balance));
            }
        }

        lock (_lock)
        {
            _snapshot = new BalanceSnapshot(leases, ledger, today, owing);
        }

        return owing;
    }

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

    private sealed record BalanceSnapshot(
        IReadOnlyList<StoredRecord<LeaseMessage>> Leases,
        IReadOnlyList<StoredRecord<LeaseTransactionMessage>> Ledger,
        DateOnly Today,
        List<(StoredRecord<LeaseMessage> Lease, LeaseOutstandingBalanceMessage Balance)> Owing);
}
