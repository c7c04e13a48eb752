using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Owners;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Units;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.Rentals;

/// <summary>/v1/rentals: rental properties, their activation requests, and the units created with them.</summary>
internal sealed class RentalsResource(ResourceContext context, UnitsResource units, OwnersResource owners)
    : ResourceKind<RentalMessage>(context), IEndpointModule
{
    private const string BasePath = "/v1/rentals";

    public override string Name => "rentals";

    public override string NotFoundMessage => "No property found with the id.";

    public override RecordStore<RentalMessage> Store => Data.Rentals;

    protected override string WebhookEntity => "Rental";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<RentalMessage>
        {
            Kind = this,
            Filters =
            [
                ListFilters.Contains<RentalMessage>("location", r => [r.Address?.AddressLine1, r.Address?.City, r.Address?.State, r.Address?.PostalCode]),
                ListFilters.EnumIn<RentalMessage>("types", ["Residential", "Commercial"], r => r.RentalType),
                ListFilters.EnumIn<RentalMessage>("subtypes", BuildiumEnums.RentalSubType, r => r.RentalSubType),
                ListFilters.EnumEquals<RentalMessage>("status", ["Active", "InActive"], r => r.IsActive == true ? "Active" : "InActive"),
                OwnedBy,
                ListFilters.IntIn<RentalMessage>("propertyids", r => r.Id),
                ListFilters.LastUpdated<RentalMessage>(TimestampPrecision.Second),
            ],
        };
        app.MapList(BasePath, view);
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
        app.MapPost(BasePath, (Delegate)CreateAsync);
        app.MapUpdate<RentalMessage, RentalPropertyPutMessage>($"{BasePath}/{ResourceEndpoints.IdRoute}", view, Update);
        app.MapPost($"{BasePath}/{ResourceEndpoints.IdRoute}/inactivationrequest", (HttpContext http) => SetActive(http, active: false));
        app.MapPost($"{BasePath}/{ResourceEndpoints.IdRoute}/reactivationrequest", (HttpContext http) => SetActive(http, active: true));
    }

    protected override void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<RentalMessage> record) => webhookEvent.With("PropertyId", record.Id);

    private Func<StoredRecord<RentalMessage>, bool>? OwnedBy(IQueryCollection query)
    {
        if (QueryReader.IntSet(query, "rentalownerids") is not { } ownerIds)
        {
            return null;
        }

        var propertyIds = ownerIds.SelectMany(id => Data.Owners.Find(id)?.Value.PropertyIds ?? []).ToHashSet();
        return r => propertyIds.Contains(r.Id);
    }

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        var body = await JsonBodyReader.ReadAsync<RentalPropertyPostMessage>(http.Request);
        var errors = new WriteErrors();
        CheckCommon(body.OperatingBankAccountId, body.PropertyManagerId, body.Address, errors);
        foreach (var (ownerId, index) in (body.RentalOwnerIds ?? []).Select((id, i) => (id, i)))
        {
            errors.Exists(ownerId, id => Data.Owners.Find(id) is not null, $"RentalOwnerIds[{index}]", "rental owner");
        }

        var unitBodies = body.Units ?? [];
        errors.When(unitBodies.Count > 100, "Units", "A rental property can be created with at most 100 units.");
        errors.When(
            unitBodies.GroupBy(u => u.UnitNumber, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1),
            "Units",
            "Unit numbers must be unique within the rental property.");
        for (var i = 0; i < unitBodies.Count; i++)
        {
            ContactMapping.CheckState(unitBodies[i].Address, $"Units[{i}].Address", errors);
        }

        errors.ThrowIfAny();

        var rental = new RentalMessage
        {
            Name = body.Name,
            StructureDescription = body.StructureDescription,
            NumberUnits = 0,
            IsActive = true,
            OperatingBankAccountId = body.OperatingBankAccountId,
            Reserve = body.Reserve ?? 0,
            Address = ContactMapping.ToAddress(body.Address),
            YearBuilt = body.YearBuilt,
            RentalType = RentalTypes.FromSubType(body.RentalSubType),
            RentalSubType = body.RentalSubType,
            RentalManager = StaffDirectory.Manager(body.PropertyManagerId),
        };
        var record = Add(rental);

        // Buildium creates one default unit when none are given.
        var unitsToCreate = unitBodies.Count > 0
            ? unitBodies
            : [new RentalPropertyUnitPostMessage { UnitNumber = body.Address!.AddressLine1, Address = body.Address, UnitBedrooms = "NotSet", UnitBathrooms = "NotSet" }];
        var firstUnitId = 0;
        foreach (var unit in unitsToCreate)
        {
            var created = units.AddForProperty(record.Id, unit);
            firstUnitId = firstUnitId == 0 ? created.Id : firstUnitId;
        }

        foreach (var ownerId in body.RentalOwnerIds ?? [])
        {
            owners.LinkProperty(ownerId, record.Id);
        }

        http.Response.Headers.Link = BuildiumResults.AbsoluteUrl(http, $"/v1/rentals/units/{firstUnitId}");
        return BuildiumResults.Created(http, $"{BasePath}/{record.Id}", ToResponse(Get(record.Id)));
    }

    private RentalMessage Update(StoredRecord<RentalMessage> existing, RentalPropertyPutMessage body, HttpContext http)
    {
        var errors = new WriteErrors();
        CheckCommon(body.OperatingBankAccountId, body.PropertyManagerId, body.Address, errors);
        errors.ThrowIfAny();

        // PUT replaces every writable field; omitted ones become null/zero, as Buildium documents.
        var rental = Clone(existing.Value);
        rental.Name = body.Name;
        rental.StructureDescription = body.StructureDescription;
        rental.Address = ContactMapping.ToAddress(body.Address);
        rental.RentalSubType = body.RentalSubType;
        rental.RentalType = RentalTypes.FromSubType(body.RentalSubType);
        rental.OperatingBankAccountId = body.OperatingBankAccountId;
        rental.RentalManager = StaffDirectory.Manager(body.PropertyManagerId);
        rental.Reserve = body.Reserve ?? 0;
        rental.YearBuilt = body.YearBuilt;
        return rental;
    }

    private void CheckCommon(int? bankAccountId, int? propertyManagerId, SaveAddressMessage? address, WriteErrors errors)
    {
        errors.Exists(bankAccountId, id => Data.BankAccounts.Find(id) is not null, "OperatingBankAccountId", "bank account");
        errors.Exists(propertyManagerId, StaffDirectory.Exists, "PropertyManagerId", "staff user");
        ContactMapping.CheckState(address, "Address", errors);
    }

    private IResult SetActive(HttpContext http, bool active)
    {
        var record = Get(ResourceEndpoints.RouteInt(http, "id"));
        if (record.Value.IsActive != active)
        {
            var rental = Clone(record.Value);
            rental.IsActive = active;
            Replace(record.Id, rental);

            // Inactivating also inactivates owners left with no active property; reactivating restores them.
            foreach (var owner in Data.Owners.All().Where(o => o.Value.PropertyIds?.Contains(record.Id) == true))
            {
                var hasActiveProperty = owner.Value.PropertyIds!.Any(id => Data.Rentals.Find(id)?.Value.IsActive == true);
                owners.SetActive(owner.Id, hasActiveProperty);
            }
        }

        return Results.NoContent();
    }
}
