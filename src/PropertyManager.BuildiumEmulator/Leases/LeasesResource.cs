using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Units;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.Leases;

/// <summary>
/// /v1/leases. POST creates a signed lease with its tenants and rent; PUT only changes the lease terms
/// (rent, tenants and move-outs have their own sub-resources in Buildium, not emulated here).
/// </summary>
internal sealed class LeasesResource(ResourceContext context, UnitsResource units) : ResourceKind<LeaseMessage>(context), IEndpointModule
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
                ListFilters.Contains<LeaseMessage>("tenantname", l => (l.CurrentTenants ?? []).Select(t => $"{t.FirstName} {t.LastName}")),
                ListFilters.DateRange<LeaseMessage>("leasedatefrom", "leasedateto", l => l.LeaseFromDate),
                ListFilters.EnumIn<LeaseMessage>("leasetypes", BuildiumEnums.LeaseTypeRead, l => l.LeaseType),
                ListFilters.EnumIn<LeaseMessage>("leasestatuses", BuildiumEnums.LeaseStatus, l => l.LeaseStatus),
                ListFilters.TimestampRange<LeaseMessage>("createddatetimefrom", "createddatetimeto", TimestampPrecision.Second, l => l.Value.CreatedDateTime),
                ListFilters.LastUpdated<LeaseMessage>(TimestampPrecision.Second),
            ],
        };
        app.MapList(BasePath, view);
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
        app.MapCreate<LeaseMessage, LeasePostMessage>(BasePath, view, Create);
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

    private LeaseMessage Create(LeasePostMessage body, HttpContext http)
    {
        var errors = new WriteErrors();
        var unit = CheckTerms(body.UnitId, body.LeaseFromDate, body.LeaseToDate, errors);
        errors.When(body.Tenants is { Count: > 5 }, "Tenants", "A lease can be created with at most 5 new tenants.");
        var existingTenants = new List<TenantMessage>();
        foreach (var (tenantId, index) in (body.TenantIds ?? []).Select((id, i) => (id, i)))
        {
            var tenant = FindTenant(tenantId);
            errors.When(tenant is null, $"TenantIds[{index}]", $"No tenant found with the id {tenantId}.");
            if (tenant is not null)
            {
                existingTenants.Add(tenant);
            }
        }

        errors.When((body.Tenants?.Count ?? 0) + existingTenants.Count == 0, "Tenants", "A lease needs at least one tenant (Tenants or TenantIds).");
        errors.When(body.ApplicantIds is { Count: > 0 }, "ApplicantIds", "Applicants are not supported by the emulator.");
        foreach (var (charge, index) in (body.Rent?.Charges ?? []).Select((c, i) => (c, i)))
        {
            errors.Exists(charge.GlAccountId, id => Data.GlAccounts.Find(id) is not null, $"Rent.Charges[{index}].GlAccountId", "general ledger account");
        }

        for (var i = 0; i < (body.Tenants?.Count ?? 0); i++)
        {
            ContactMapping.CheckState(body.Tenants![i].Address, $"Tenants[{i}].Address", errors);
        }

        errors.ThrowIfAny();

        var now = Context.UtcNow;
        var tenants = existingTenants
            .Concat((body.Tenants ?? []).Select(t => NewTenant(t, now)))
            .ToList();
        var status = StatusOn(Context.Today, body.LeaseFromDate, body.LeaseToDate);
        return new LeaseMessage
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
            CurrentTenants = tenants,
            CurrentNumberOfOccupants = tenants.Count,
            AccountDetails = new LeaseAccountDetailMessage
            {
                SecurityDeposit = body.SecurityDeposit?.Amount ?? 0,
                Rent = body.Rent?.Charges?.Sum(c => c.Amount ?? 0) ?? 0,
            },
            Cosigners = [.. (body.Cosigners ?? []).Select(c => NewCosigner(c, now))],
            AutomaticallyMoveOutTenants = false,
            MoveOutData = [],
            PaymentDueDay = body.Rent?.Charges?.FirstOrDefault()?.NextDueDate?.Day ?? 1,
            Tenants = [.. tenants.Select(t => new LeaseTenantMessage { Id = t.Id, Status = status == "Future" ? "Future" : "Current", MoveInDate = body.LeaseFromDate })],
        };
    }

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

    private TenantMessage? FindTenant(int tenantId) =>
        Data.Leases.All().SelectMany(l => l.Value.CurrentTenants ?? []).FirstOrDefault(t => t.Id == tenantId);

    private TenantMessage NewTenant(RentalTenantPutMessage body, DateTime now) => new()
    {
        Id = Data.TenantIds.Next(),
        FirstName = body.FirstName,
        LastName = body.LastName,
        Email = body.Email,
        AlternateEmail = body.AlternateEmail,
        PhoneNumbers = ContactMapping.ToPhoneNumbers(body.PhoneNumbers),
        CreatedDateTime = now,
        EmergencyContact = body.EmergencyContact is { } contact
            ? new EmergencyContactMessage { Name = contact.Name, RelationshipDescription = contact.RelationshipDescription, Phone = contact.Phone, Email = contact.Email }
            : null,
        DateOfBirth = body.DateOfBirth,
        SMSOptInStatus = "NotSet",
        Address = ContactMapping.ToAddress(body.Address),
        AlternateAddress = ContactMapping.ToAddress(body.AlternateAddress),
        MailingPreference = body.MailingPreference ?? "PrimaryAddress",
        Leases = [],
        Comment = body.Comment,
        TaxId = body.TaxId,
    };

    private CosignerMessage NewCosigner(LeaseCosignerPostMessage body, DateTime now) => new()
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
