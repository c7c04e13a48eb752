using System.Text.RegularExpressions;
using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Leases;

/// <summary>
/// /v1/leases/tenants: list, get and PUT (POST, which attaches the new tenant to a lease, is mapped by
/// <see cref="LeasesResource"/>). A tenant reads with every lease it is on (<see cref="TenantMessage.Leases"/>) and
/// counts as updated when it or one of those leases was, since both change what the API returns for it.
/// </summary>
internal sealed partial class TenantsResource(ResourceContext context) : ResourceKind<TenantMessage>(context), IEndpointModule
{
    private const string BasePath = "/v1/leases/tenants";

    private static readonly string[] _buildingStatuses = ["Active", "InActive"];

    public override string Name => "tenants";

    public override string NotFoundMessage => "No tenant found with the id.";

    public override RecordStore<TenantMessage> Store => Data.Tenants;

    protected override string WebhookEntity => "LeaseTenant";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var filters = new List<ListFilter<TenantMessage>>
        {
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
            BuildingStatuses,
            RentalOwners,
        };
        app.MapGet(BasePath, (HttpContext http) =>
        {
            var query = http.Request.Query;
            var listQuery = ListQuery.Parse(query, typeof(TenantMessage));
            var predicates = filters.Select(f => f(query)).OfType<Func<StoredRecord<TenantMessage>, bool>>().ToList();
            return ResourceEndpoints.Page(http, Views(), listQuery, predicates, r => r.Value);
        });

        var view = new ResourceView<TenantMessage> { Kind = this };
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
        app.MapUpdate<TenantMessage, RentalTenantPutMessage>($"{BasePath}/{ResourceEndpoints.IdRoute}", view, Update);
    }

    /// <summary>The tenant as read: its leases attached and its tax id masked.</summary>
    public override object ToResponse(StoredRecord<TenantMessage> record) =>
        View(record.Value, [.. Data.Leases.All().Where(l => OnLease(l.Value, record.Id)).Select(l => l.Value)]);

    /// <summary>A new tenant from a write message (POST /v1/leases with Tenants, POST /v1/leases/tenants).</summary>
    public static TenantMessage Build(
        string? firstName,
        string? lastName,
        string? email,
        string? alternateEmail,
        PhoneNumbersMessage? phones,
        DateOnly? dateOfBirth,
        string? comment,
        string? taxId,
        SaveEmergencyContactMessage? emergencyContact,
        SaveAddressMessage? address,
        SaveAddressMessage? alternateAddress,
        string? mailingPreference) => new()
        {
            FirstName = firstName,
            LastName = lastName,
            Email = email,
            AlternateEmail = alternateEmail,
            PhoneNumbers = ContactMapping.ToPhoneNumbers(phones),
            EmergencyContact = emergencyContact is { } contact
                ? new EmergencyContactMessage { Name = contact.Name, RelationshipDescription = contact.RelationshipDescription, Phone = contact.Phone, Email = contact.Email }
                : null,
            DateOfBirth = dateOfBirth,
            SMSOptInStatus = "NotSet",
            Address = ContactMapping.ToAddress(address),
            AlternateAddress = ContactMapping.ToAddress(alternateAddress),
            MailingPreference = mailingPreference ?? "PrimaryAddress",
            Leases = [],
            Comment = comment,
            TaxId = taxId,
        };

    /// <summary>
    /// Refuses what Buildium's contract refuses (400: a tax id in none of the documented formats, an e-mail that is not
    /// one) and what its rules refuse (422: a state that is not a US state, an alternate mailing preference without an
    /// alternate address).
    /// </summary>
    public static void Check(string keyPrefix, string? email, string? alternateEmail, string? taxId, SaveAddressMessage? address, SaveAddressMessage? alternateAddress, string? mailingPreference, WriteErrors errors)
    {
        var contract = new List<ApiError>();
        if (!string.IsNullOrEmpty(taxId) && !TaxIdFormat().IsMatch(taxId))
        {
            contract.Add(new ApiError { Key = keyPrefix + "TaxId", Value = "The tax id must be formatted as 12-1234567, 123-12-1234 or 123456789." });
        }

        foreach (var (key, value) in new[] { ("Email", email), ("AlternateEmail", alternateEmail) })
        {
            if (!string.IsNullOrEmpty(value) && !EmailFormat().IsMatch(value))
            {
                contract.Add(new ApiError { Key = keyPrefix + key, Value = $"{key} is not a valid e-mail address." });
            }
        }

        if (contract.Count > 0)
        {
            throw new BuildiumApiException(StatusCodes.Status400BadRequest, "The request is invalid.", contract);
        }

        ContactMapping.CheckState(address, keyPrefix + "Address", errors);
        ContactMapping.CheckState(alternateAddress, keyPrefix + "AlternateAddress", errors);
        errors.When(mailingPreference == "AlternateAddress" && alternateAddress is null, keyPrefix + "MailingPreference", "MailingPreference can only be AlternateAddress when an AlternateAddress is given.");
    }

    protected override void Stamp(TenantMessage value, DateTime utcNow, bool created)
    {
        if (created)
        {
            value.CreatedDateTime = utcNow;
        }
    }

    protected override void AddWebhookIds(Webhooks.WebhookEvent webhookEvent, StoredRecord<TenantMessage> record) => webhookEvent.With("TenantId", record.Id);

    private static bool OnLease(LeaseMessage lease, int tenantId) =>
        (lease.Tenants ?? []).Any(t => t.Id == tenantId) || (lease.CurrentTenants ?? []).Any(t => t.Id == tenantId);

    private static List<LeaseMessage> LeasesOf(TenantMessage tenant) => tenant.Leases ?? [];

    /// <summary>
    /// Masks an SSN-shaped tax id to its last four digits, as Buildium masks SSNs (the record keeps it in full);
    /// an EIN-shaped one reads back whole, as owners' EINs do.
    /// </summary>
    private static TenantMessage View(TenantMessage tenant, List<LeaseMessage> leases)
    {
        var copy = ObjectCopier.Shallow(tenant);
        copy.Leases = leases;
        if (tenant.TaxId is { Length: >= 4 } taxId && !EinFormat().IsMatch(taxId))
        {
            copy.TaxId = $"xxx-xx-{taxId[^4..]}";
        }

        return copy;
    }

    /// <summary>Every tenant as read, in id order, each last updated when it or the latest of its leases was; built per request.</summary>
    private List<StoredRecord<TenantMessage>> Views()
    {
        var leasesByTenant = new Dictionary<int, List<StoredRecord<LeaseMessage>>>();
        foreach (var lease in Data.Leases.All())
        {
            var ids = (lease.Value.Tenants ?? []).Select(t => t.Id).Concat((lease.Value.CurrentTenants ?? []).Select(t => t.Id));
            foreach (var id in ids.OfType<int>().Distinct())
            {
                if (!leasesByTenant.TryGetValue(id, out var list))
                {
                    leasesByTenant[id] = list = [];
                }

                list.Add(lease);
            }
        }

        return [.. Store.All().Select(t =>
        {
            var leases = leasesByTenant.GetValueOrDefault(t.Id) ?? [];
            var updated = leases.Select(l => l.LastUpdatedUtc).Append(t.LastUpdatedUtc).Max();
            return new StoredRecord<TenantMessage>(t.Id, t.ParentId, View(t.Value, [.. leases.Select(l => l.Value)]), updated);
        })];
    }

    private TenantMessage Update(StoredRecord<TenantMessage> existing, RentalTenantPutMessage body, HttpContext http)
    {
        var errors = new WriteErrors();
        Check(string.Empty, body.Email, body.AlternateEmail, body.TaxId, body.Address, body.AlternateAddress, body.MailingPreference, errors);
        errors.ThrowIfAny();

        // A PUT replaces every writable field: what the body leaves out is blanked, as Buildium documents.
        var tenant = Build(body.FirstName, body.LastName, body.Email, body.AlternateEmail, body.PhoneNumbers, body.DateOfBirth, body.Comment, body.TaxId, body.EmergencyContact, body.Address, body.AlternateAddress, body.MailingPreference);
        tenant.CreatedDateTime = existing.Value.CreatedDateTime;
        tenant.SMSOptInStatus = existing.Value.SMSOptInStatus;
        return tenant;
    }

    private Func<StoredRecord<TenantMessage>, bool>? BuildingStatuses(IQueryCollection query)
    {
        if (QueryReader.EnumSet(query, "buildingstatuses", _buildingStatuses) is not { } statuses)
        {
            return null;
        }

        return t => LeasesOf(t.Value).Any(l => l.PropertyId is { } id
            && Data.Rentals.Find(id) is { } rental
            && statuses.Contains(rental.Value.IsActive == false ? "InActive" : "Active"));
    }

    private Func<StoredRecord<TenantMessage>, bool>? RentalOwners(IQueryCollection query)
    {
        if (QueryReader.IntSet(query, "rentalownerids") is not { } ownerIds)
        {
            return null;
        }

        var propertyIds = ownerIds.SelectMany(id => Data.Owners.Find(id)?.Value.PropertyIds ?? []).ToHashSet();
        return t => LeasesOf(t.Value).Any(l => l.PropertyId is { } id && propertyIds.Contains(id));
    }

    [GeneratedRegex(@"^([0-9]{2}-[0-9]{7}|[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{9})$")]
    private static partial Regex TaxIdFormat();

    [GeneratedRegex(@"^[0-9]{2}-[0-9]{7}$")]
    private static partial Regex EinFormat();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailFormat();
}
