using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.LeaseLedger;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Units;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.Leases;

/// <summary>
/// /v1/leases. POST creates a signed lease with its tenants (new ones stored as tenants, firing
/// <c>LeaseTenant.Created</c>), its rent schedule and its security deposit charge; PUT only changes the lease terms
/// (rent and tenants have their own resources). POST /v1/leases/tenants adds a tenant to a lease, so it lives here too.
/// A lease reads with its tenants as they are now and the rent of its current schedule.
/// </summary>
internal sealed class LeasesResource(
    ResourceContext context,
    UnitsResource units,
    TenantsResource tenants,
    RentsResource rents,
    LeaseTransactionsResource ledger) : ResourceKind<LeaseMessage>(context), IEndpointModule
{
    private const string BasePath = "/v1/leases";

    public override string Name => "leases";

    public override string NotFoundMessage => "No lease found with the id.";

    public override RecordStore<LeaseMessage> Store => Data.Leases;

    protected override string WebhookEntity => "Lease";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<LeaseMessage>
        {
            Kind = this,
            Filters =
            [
                ListFilters.IntIn<LeaseMessage>("propertyids", l => l.PropertyId),
                RentalOwners,
                ListFilters.Contains<LeaseMessage>("unitnumber", l => [l.UnitNumber]),
                // Names as the tenants are now: a tenant PUT renames them on every lease.
                ListFilters.Contains<LeaseMessage>("tenantname", l => (l.CurrentTenants ?? [])
                    .Select(t => t.Id is { } id && Data.Tenants.Find(id) is { } stored ? stored.Value : t)
                    .Select(t => $"{t.FirstName} {t.LastName}")),
                ListFilters.DateRange<LeaseMessage>("leasedatefrom", "leasedateto", l => l.LeaseFromDate),
                ListFilters.EnumIn<LeaseMessage>("leasetypes", BuildiumEnums.LeaseTypeRead, l => l.LeaseType),
                ListFilters.EnumIn<LeaseMessage>("leasestatuses", BuildiumEnums.LeaseStatus, l => l.LeaseStatus),
                ListFilters.TimestampRange<LeaseMessage>("createddatetimefrom", "createddatetimeto", TimestampPrecision.Second, l => l.Value.CreatedDateTime),
                ListFilters.LastUpdated<LeaseMessage>(TimestampPrecision.Second),
            ],
        };
        app.MapList(BasePath, view);
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
        app.MapPost(BasePath, async (HttpContext http) =>
        {
            var body = await JsonBodyReader.ReadAsync<LeasePostMessage>(http.Request);
            var record = Create(body);
            return BuildiumResults.Created(http, $"{BasePath}/{record.Id}", ToResponse(record));
        });
        app.MapPost($"{BasePath}/tenants", async (HttpContext http) =>
        {
            var body = await JsonBodyReader.ReadAsync<RentalTenantPostMessage>(http.Request);
            var tenant = AddTenant(body);
            return BuildiumResults.Created(http, $"{BasePath}/tenants/{tenant.Id}", tenants.ToResponse(tenant));
        });
        app.MapUpdate<LeaseMessage, LeasePutMessage>($"{BasePath}/{ResourceEndpoints.IdRoute}", view, Update);
    }

    /// <summary>Active, Past or Future as of <paramref name="today"/>.</summary>
    public static string StatusOn(DateOnly today, DateOnly? from, DateOnly? to) =>
        from > today ? "Future" : to < today ? "Past" : "Active";

    protected override int? ParentIdOf(LeaseMessage value) => value.UnitId;

    protected override void Stamp(LeaseMessage value, DateTime utcNow, bool created)
    {
        if (created)
        {
            value.CreatedDateTime = utcNow;
        }

        value.LastUpdatedDateTime = utcNow;
    }

    protected override void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<LeaseMessage> record) => webhookEvent.With("LeaseId", record.Id);

    protected override void OnStored(StoredRecord<LeaseMessage> record, StoredRecord<LeaseMessage>? previous)
    {
        units.RefreshOccupancy(record.ParentId);
        if (previous is not null && previous.ParentId != record.ParentId)
        {
            units.RefreshOccupancy(previous.ParentId);
        }
    }

    protected override void OnDeleted(StoredRecord<LeaseMessage> record) => units.RefreshOccupancy(record.ParentId);

    private Func<StoredRecord<LeaseMessage>, bool>? RentalOwners(IQueryCollection query)
    {
        if (QueryReader.IntSet(query, "rentalownerids") is not { } ownerIds)
        {
            return null;
        }

        var propertyIds = ownerIds.SelectMany(id => Data.Owners.Find(id)?.Value.PropertyIds ?? []).ToHashSet();
        return l => l.Value.PropertyId is { } id && propertyIds.Contains(id);
    }

    /// <summary>Tenants as they are now (a tenant PUT changes what the lease shows) and the current schedule's rent.</summary>
    public override object ToResponse(StoredRecord<LeaseMessage> record)
    {
        var lease = ShallowCopy(record.Value);
        lease.CurrentTenants = [.. (record.Value.CurrentTenants ?? []).Select(t => t.Id is { } id && Data.Tenants.Find(id) is { } stored ? stored.Value : t)];
        if (rents.CurrentFor(record.Id, Context.Today) is { } rent)
        {
            lease.AccountDetails = new LeaseAccountDetailMessage { SecurityDeposit = record.Value.AccountDetails?.SecurityDeposit, Rent = rent.TotalAmount };
        }

        return lease;
    }

    private StoredRecord<LeaseMessage> Create(LeasePostMessage body)
    {
        var errors = new WriteErrors();
        var unit = CheckTerms(body.UnitId, body.LeaseFromDate, body.LeaseToDate, errors);
        errors.When(body.Tenants is { Count: > 5 }, "Tenants", "A lease can be created with at most 5 new tenants.");
        errors.When(body.TenantIds is { Count: > 5 }, "TenantIds", "A lease can be created with at most 5 existing tenants.");
        // Buildium's rule for the prorated months: none when the lease starts on a month's first day or ends on its last.
        errors.When(body.ProratedFirstMonthRent is not null && body.LeaseFromDate is { Day: 1 },
            "ProratedFirstMonthRent", "Must be null when the lease begins on the first day of a month.");
        errors.When(body.ProratedLastMonthRent is not null && body.LeaseToDate is { } to && to.AddDays(1).Day == 1,
            "ProratedLastMonthRent", "Must be null when the lease ends on the last day of a month.");
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

        errors.When((body.Tenants?.Count ?? 0) + existingTenants.Count == 0, "Tenants", "A lease needs at least one tenant (Tenants or TenantIds).");
        errors.When(body.ApplicantIds is { Count: > 0 }, "ApplicantIds", "Applicants are not supported by the emulator.");
        errors.When(body.Rent is { Charges.Count: 0 }, "Rent.Charges", "At least one rent charge is required.");
        foreach (var (charge, index) in (body.Rent?.Charges ?? []).Select((c, i) => (c, i)))
        {
            errors.Exists(charge.GlAccountId, id => Data.GlAccounts.Find(id) is not null, $"Rent.Charges[{index}].GlAccountId", "general ledger account");
            errors.When(charge.Amount is <= 0, $"Rent.Charges[{index}].Amount", "Amount must be greater than zero.");
        }

        errors.When(body.SecurityDeposit is { Amount: > 0 } && DepositAccountId() is null, "SecurityDeposit", "The account has no security deposit liability GL account.");
        errors.When(body.SecurityDeposit?.Amount is < 0, "SecurityDeposit.Amount", "Amount cannot be negative.");
        for (var i = 0; i < (body.Tenants?.Count ?? 0); i++)
        {
            var t = body.Tenants![i];
            TenantsResource.Check($"Tenants[{i}].", t.Email, t.AlternateEmail, t.TaxId, t.Address, t.AlternateAddress, t.MailingPreference, errors);
        }

        errors.ThrowIfAny();

        var created = (body.Tenants ?? [])
            .Select(t => tenants.Add(TenantsResource.Build(t.FirstName, t.LastName, t.Email, t.AlternateEmail, t.PhoneNumbers, t.DateOfBirth, t.Comment, t.TaxId, t.EmergencyContact, t.Address, t.AlternateAddress, t.MailingPreference)).Value);
        var leaseTenants = existingTenants.Concat(created).ToList();
        var now = Context.UtcNow;
        var status = StatusOn(Context.Today, body.LeaseFromDate, body.LeaseToDate);
        var record = Add(new LeaseMessage
        {
            PropertyId = unit!.Value.PropertyId,
            UnitId = unit.Id,
            UnitNumber = unit.Value.UnitNumber,
            LeaseFromDate = body.LeaseFromDate,
            LeaseToDate = body.LeaseToDate,
            LeaseType = body.LeaseType,
            LeaseStatus = status,
            IsEvictionPending = false,
            TermType = body.LeaseType == "AtWill" ? "MonthToMonth" : "Standard",
            RenewalOfferStatus = "NotSet",
            CurrentTenants = leaseTenants,
            CurrentNumberOfOccupants = leaseTenants.Count,
            AccountDetails = new LeaseAccountDetailMessage
            {
                SecurityDeposit = body.SecurityDeposit?.Amount ?? 0,
                Rent = body.Rent?.Charges?.Sum(c => c.Amount ?? 0) ?? 0,
            },
            Cosigners = [.. (body.Cosigners ?? []).Select(c => NewCosigner(c, now))],
            AutomaticallyMoveOutTenants = false,
            MoveOutData = [],
            PaymentDueDay = body.Rent?.Charges?.FirstOrDefault()?.NextDueDate?.Day ?? 1,
            Tenants = [.. leaseTenants.Select(t => new LeaseTenantMessage { Id = t.Id, Status = status == "Future" ? "Future" : "Current", MoveInDate = body.LeaseFromDate })],
        });

        if (body.Rent is { } rent)
        {
            rents.AddForNewLease(record.Id, body.LeaseFromDate!.Value, body.LeaseToDate, rent);
        }

        if (body.SecurityDeposit is { Amount: > 0 } deposit)
        {
            ledger.Add(LeaseTransactionsResource.NewCharge(record, deposit.DueDate!.Value, "Security deposit", [(DepositAccountId()!.Value, deposit.Amount!.Value, null)]), record.Id);
        }

        return record;
    }

    /// <summary>POST /v1/leases/tenants: a new tenant, current on the given lease (which fires Lease.Updated too).</summary>
    private StoredRecord<TenantMessage> AddTenant(RentalTenantPostMessage body)
    {
        var errors = new WriteErrors();
        var lease = Data.Leases.Find(body.LeaseId!.Value);
        errors.When(lease is null, "LeaseId", $"No lease found with the id {body.LeaseId}.");
        errors.When(lease is { Value.LeaseStatus: "Past" }, "LeaseId", "Tenants cannot be added to a past lease.");
        TenantsResource.Check(string.Empty, body.Email, body.AlternateEmail, body.TaxId, body.Address, body.AlternateAddress, body.MailingPreference, errors);
        errors.ThrowIfAny();

        var tenant = tenants.Add(TenantsResource.Build(body.FirstName, body.LastName, body.Email, body.AlternateEmail, body.PhoneNumbers, body.DateOfBirth, body.Comment, body.TaxId, body.EmergencyContact, body.Address, body.AlternateAddress, body.MailingPreference));
        var updated = ShallowCopy(lease!.Value);
        updated.CurrentTenants = [.. lease.Value.CurrentTenants ?? [], tenant.Value];
        updated.CurrentNumberOfOccupants = updated.CurrentTenants.Count;
        updated.Tenants = [.. lease.Value.Tenants ?? [], new LeaseTenantMessage { Id = tenant.Id, Status = lease.Value.LeaseStatus == "Future" ? "Future" : "Current", MoveInDate = Context.Today }];
        Replace(lease.Id, updated);
        return tenant;
    }

    /// <summary>The account's default security deposit liability account, where a new lease's deposit is charged.</summary>
    private int? DepositAccountId() =>
        Data.GlAccounts.All().FirstOrDefault(a => a.Value.DefaultAccountName == "Security Deposit Liability")?.Id;

    private LeaseMessage Update(StoredRecord<LeaseMessage> existing, LeasePutMessage body, HttpContext http)
    {
        var errors = new WriteErrors();
        var unit = CheckTerms(body.UnitId, body.LeaseFromDate, body.LeaseToDate, errors);
        errors.ThrowIfAny();

        var lease = ShallowCopy(existing.Value);
        lease.LeaseType = body.LeaseType;
        lease.UnitId = unit!.Id;
        lease.PropertyId = unit.Value.PropertyId;
        lease.UnitNumber = unit.Value.UnitNumber;
        lease.LeaseFromDate = body.LeaseFromDate;
        lease.LeaseToDate = body.LeaseToDate;
        lease.IsEvictionPending = body.IsEvictionPending;
        lease.AutomaticallyMoveOutTenants = body.AutomaticallyMoveOutTenants ?? false;
        lease.TermType = body.LeaseType == "AtWill" ? "MonthToMonth" : "Standard";
        lease.LeaseStatus = StatusOn(Context.Today, body.LeaseFromDate, body.LeaseToDate);
        return lease;
    }

    private StoredRecord<RentalUnitMessage>? CheckTerms(int? unitId, DateOnly? from, DateOnly? to, WriteErrors errors)
    {
        var unit = unitId is { } id ? Data.Units.Find(id) : null;
        errors.When(unit is null, "UnitId", $"No unit found with the id {unitId}.");
        errors.When(to is not null && to < from, "LeaseToDate", "LeaseToDate must be on or after LeaseFromDate.");
        return unit;
    }

    public CosignerMessage NewCosigner(LeaseCosignerPostMessage body, DateTime now) => new()
    {
        Id = Data.CosignerIds.Next(),
        FirstName = body.FirstName,
        LastName = body.LastName,
        Email = body.Email,
        AlternateEmail = body.AlternateEmail,
        PhoneNumbers = ContactMapping.ToPhoneNumbers(body.PhoneNumbers),
        CreatedDateTime = now,
        Address = ContactMapping.ToAddress(body.Address),
        AlternateAddress = ContactMapping.ToAddress(body.AlternateAddress),
        MailingPreference = body.MailingPreference ?? "PrimaryAddress",
    };
}
