using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.LeaseLedger;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Leases;

/// <summary>
/// <c>/v1/leases/{leaseId}/renewals</c>: a renewal is a new term of the same lease. Its body has no start date, so the
/// term starts the day after the lease's current end and must end after it; the lease's end date (and type) move to the
/// term's, which stamps the lease as updated and fires <c>Lease.Updated</c>, and the term's <c>Rent</c> becomes a rent
/// schedule from its first day (the one before it ends the day before). Buildium documents no renewal webhook.
/// </summary>
internal sealed class LeaseRenewalsResource(
    ResourceContext context,
    LeasesResource leases,
    TenantsResource tenants,
    RentsResource rents) : ResourceKind<LeaseRenewalMessage>(context), IEndpointModule
{
    private const string LeaseRenewals = "/v1/leases/{leaseId:int}/renewals";

    public override string Name => "leaserenewals";

    public override string NotFoundMessage => "No lease renewal found with the id.";

    public override RecordStore<LeaseRenewalMessage> Store => Data.LeaseRenewals;

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var ofLease = new ResourceView<LeaseRenewalMessage>
        {
            Kind = this,
            Parent = new ParentRoute("leaseId", (_, id) => Data.Leases.Find(id) is not null, leases.NotFoundMessage),
        };
        app.MapList(LeaseRenewals, ofLease);
        app.MapGetById($"{LeaseRenewals}/{ResourceEndpoints.IdRoute}", ofLease);
        app.MapCreate<LeaseRenewalMessage, LeaseRenewalPostMessage>(LeaseRenewals, ofLease, Renew);
    }

    /// <summary>The term's status as of today, as the lease's own status is.</summary>
    public override object ToResponse(StoredRecord<LeaseRenewalMessage> record)
    {
        var renewal = ShallowCopy(record.Value);
        renewal.LeaseStatus = LeasesResource.StatusOn(Context.Today, renewal.LeaseFromDate, renewal.LeaseToDate);
        return renewal;
    }

    private LeaseRenewalMessage Renew(LeaseRenewalPostMessage body, HttpContext http)
    {
        var leaseId = ResourceEndpoints.RouteInt(http, "leaseId");
        var lease = Data.Leases.Find(leaseId)!;
        var currentEnd = lease.Value.LeaseToDate;
        var termStart = currentEnd?.AddDays(1);

        // openapi.json: "This is required if LeaseType is Fixed or FixedWithRollover" - a contract rule, so a 400.
        if (body.LeaseType is "Fixed" or "FixedWithRollover" && body.LeaseToDate is null)
        {
            throw BuildiumApiException.BadRequest("LeaseToDate", "LeaseToDate is required when LeaseType is Fixed or FixedWithRollover.");
        }

        var errors = new WriteErrors();
        errors.When(lease.Value.LeaseStatus == "Past", "LeaseId", "A past lease cannot be renewed.");
        errors.When(currentEnd is null, "LeaseId", "A lease without an end date cannot be renewed: a renewal starts the day after the lease ends.");
        errors.When(body.LeaseToDate <= currentEnd, "LeaseToDate", $"LeaseToDate must be after the lease's current end date ({currentEnd:yyyy-MM-dd}).");
        var existingTenants = new List<TenantMessage>();
        foreach (var (tenantId, index) in (body.TenantIds ?? []).Select((id, i) => (id, i)))
        {
            var tenant = Data.Tenants.Find(tenantId)?.Value;
            errors.When(tenant is null, $"TenantIds[{index}]", $"No tenant found with the id {tenantId}.");
            if (tenant is not null)
            {
                existingTenants.Add(tenant);
            }
        }

        errors.When((body.Tenants?.Count ?? 0) + (body.TenantIds?.Count ?? 0) == 0, "Tenants", "A renewal needs at least one tenant (Tenants or TenantIds).");
        errors.When(body.Tenants is { Count: > 5 }, "Tenants", "A renewal can add at most 5 new tenants.");
        for (var i = 0; i < (body.Tenants?.Count ?? 0); i++)
        {
            var t = body.Tenants![i];
            TenantsResource.Check($"Tenants[{i}].", t.Email, t.AlternateEmail, t.TaxId, t.Address, t.AlternateAddress, t.MailingPreference, errors);
        }

        errors.When(body.Rent!.Charges is { Count: 0 }, "Rent.Charges", "At least one rent charge is required.");
        foreach (var (charge, index) in (body.Rent.Charges ?? []).Select((c, i) => (c, i)))
        {
            errors.Exists(charge.GlAccountId, id => Data.GlAccounts.Find(id) is not null, $"Rent.Charges[{index}].GlAccountId", "general ledger account");
            errors.When(charge.Amount is <= 0, $"Rent.Charges[{index}].Amount", "Amount must be greater than zero.");

            // The renewal's rent is charged within its term: never before it starts nor after it ends.
            errors.When(charge.NextDueDate < termStart, $"Rent.Charges[{index}].NextDueDate", $"NextDueDate must be on or after the renewal's start date ({termStart:yyyy-MM-dd}).");
            errors.When(body.LeaseToDate is { } last && charge.NextDueDate > last, $"Rent.Charges[{index}].NextDueDate", "NextDueDate must be on or before LeaseToDate.");
        }

        errors.When(body.RecurringChargesToStop is { Count: > 0 }, "RecurringChargesToStop", "Recurring transactions are not supported by the emulator.");
        errors.When(body.RecurringChargesToCreate is { Count: > 0 }, "RecurringChargesToCreate", "Recurring transactions are not supported by the emulator.");
        errors.When(body.RecurringChargesToUpdate is { Count: > 0 }, "RecurringChargesToUpdate", "Recurring transactions are not supported by the emulator.");
        errors.ThrowIfAny();

        var created = (body.Tenants ?? [])
            .Select(t => tenants.Add(TenantsResource.Build(t.FirstName, t.LastName, t.Email, t.AlternateEmail, t.PhoneNumbers, t.DateOfBirth, t.Comment, t.TaxId, t.EmergencyContact, t.Address, t.AlternateAddress, t.MailingPreference)).Value)
            .ToList();
        var renewalTenants = existingTenants.Concat(created).ToList();
        var rent = rents.AddForRenewal(leaseId, termStart!.Value, body.LeaseToDate, body.Rent);

        // The lease now runs to the renewal's end; tenants named that were not on it join it from the new term
        // (none leave: move-outs are their own resource).
        var updated = ObjectCopier.Shallow(lease.Value);
        var known = (lease.Value.CurrentTenants ?? []).Select(t => t.Id).ToHashSet();
        var joining = renewalTenants.Where(t => !known.Contains(t.Id)).ToList();
        updated.LeaseToDate = body.LeaseToDate;
        updated.LeaseType = body.LeaseType;
        updated.TermType = body.LeaseType == "AtWill" ? "MonthToMonth" : "Standard";
        updated.LeaseStatus = LeasesResource.StatusOn(Context.Today, updated.LeaseFromDate, updated.LeaseToDate);
        updated.RenewalOfferStatus = "Renewed";
        updated.AutomaticallyMoveOutTenants = body.AutomaticallyMoveOutTenants ?? lease.Value.AutomaticallyMoveOutTenants;
        updated.CurrentTenants = [.. lease.Value.CurrentTenants ?? [], .. joining];
        updated.CurrentNumberOfOccupants = updated.CurrentTenants.Count;
        updated.Tenants = [.. lease.Value.Tenants ?? [], .. joining.Select(t => new LeaseTenantMessage { Id = t.Id, Status = "Future", MoveInDate = termStart })];
        var now = Context.UtcNow;
        updated.Cosigners = [.. lease.Value.Cosigners ?? [], .. (body.Cosigners ?? []).Select(c => leases.NewCosigner(c, now))];
        leases.Replace(leaseId, updated);

        return new LeaseRenewalMessage
        {
            LeaseFromDate = termStart,
            LeaseToDate = body.LeaseToDate,
            LeaseType = body.LeaseType,
            Rent = rent.Value.TotalAmount,
            RentId = rent.Id,
            TenantIds = [.. renewalTenants.Select(t => t.Id!.Value)],
        };
    }
}
