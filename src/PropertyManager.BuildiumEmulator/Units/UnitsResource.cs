using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.Units;

/// <summary>/v1/rentals/units. A unit belongs to one property for life (PUT has no PropertyId).</summary>
internal sealed class UnitsResource(ResourceContext context) : ResourceKind<RentalUnitMessage>(context), IEndpointModule
{
    private const string BasePath = "/v1/rentals/units";

    public override string Name => "units";

    public override string NotFoundMessage => "No unit found with the id.";

    public override RecordStore<RentalUnitMessage> Store => Data.Units;

    protected override string WebhookEntity => "RentalUnit";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<RentalUnitMessage>
        {
            Kind = this,
            Filters =
            [
                ListFilters.IntIn<RentalUnitMessage>("propertyids", u => u.PropertyId),
                ListFilters.LastUpdated<RentalUnitMessage>(TimestampPrecision.Second),
            ],
        };
        app.MapList(BasePath, view);
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
        app.MapCreate<RentalUnitMessage, RentalUnitsPostMessage>(BasePath, view, Create);
        app.MapUpdate<RentalUnitMessage, RentalUnitPutMessage>($"{BasePath}/{ResourceEndpoints.IdRoute}", view, Update);
    }

    /// <summary>Units created together with a property (POST /v1/rentals).</summary>
    public StoredRecord<RentalUnitMessage> AddForProperty(int propertyId, RentalPropertyUnitPostMessage body)
    {
        return Add(NewUnit(propertyId, body.UnitNumber, body.UnitSize, body.MarketRent, body.Address, body.UnitBedrooms, body.UnitBathrooms, body.Description));
    }

    /// <summary>Occupancy is computed by Buildium at query time; here it follows lease changes.</summary>
    public void RefreshOccupancy(int unitId) => ReplaceDerived(unitId, unit =>
    {
        var occupied = Data.Leases.ChildrenOf(unitId).Any(l => l.Value.LeaseStatus == "Active");
        if (unit.IsUnitOccupied == occupied)
        {
            return null;
        }

        var copy = ShallowCopy(unit);
        copy.IsUnitOccupied = occupied;
        return copy;
    });

    protected override int? ParentIdOf(RentalUnitMessage value) => value.PropertyId;

    protected override void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<RentalUnitMessage> record) => webhookEvent.With("UnitId", record.Id);

    protected override void OnStored(StoredRecord<RentalUnitMessage> record, StoredRecord<RentalUnitMessage>? previous) => RefreshPropertyUnitCount(record.ParentId);

    protected override void OnDeleted(StoredRecord<RentalUnitMessage> record) => RefreshPropertyUnitCount(record.ParentId);

    private static RentalUnitMessage NewUnit(int propertyId, string? unitNumber, int? size, double? marketRent, SaveAddressMessage? address, string? bedrooms, string? bathrooms, string? description) => new()
    {
        PropertyId = propertyId,
        BuildingName = null,
        UnitNumber = unitNumber,
        Description = description,
        MarketRent = marketRent,
        Address = ContactMapping.ToAddress(address),
        UnitBedrooms = bedrooms ?? "NotSet",
        UnitBathrooms = bathrooms ?? "NotSet",
        UnitSize = size,
        IsUnitListed = false,
        IsUnitOccupied = false,
    };

    private RentalUnitMessage Create(RentalUnitsPostMessage body, HttpContext http)
    {
        var errors = new WriteErrors();
        errors.Exists(body.PropertyId, id => Data.Rentals.Find(id) is not null, "PropertyId", "property");
        CheckUnitNumber(body.PropertyId!.Value, body.UnitNumber!, exceptUnitId: null, errors);
        ContactMapping.CheckState(body.Address, "Address", errors);
        errors.ThrowIfAny();
        return NewUnit(body.PropertyId.Value, body.UnitNumber, body.UnitSize, body.MarketRent, body.Address, body.UnitBedrooms, body.UnitBathrooms, body.Description);
    }

    private RentalUnitMessage Update(StoredRecord<RentalUnitMessage> existing, RentalUnitPutMessage body, HttpContext http)
    {
        var errors = new WriteErrors();
        CheckUnitNumber(existing.ParentId, body.UnitNumber!, existing.Id, errors);
        ContactMapping.CheckState(body.Address, "Address", errors);
        errors.ThrowIfAny();

        // BuildingName and PropertyId are not writable; everything else is replaced.
        var unit = NewUnit(existing.ParentId, body.UnitNumber, body.UnitSize, body.MarketRent, body.Address, body.UnitBedrooms, body.UnitBathrooms, body.Description);
        unit.BuildingName = existing.Value.BuildingName;
        unit.IsUnitOccupied = existing.Value.IsUnitOccupied;
        return unit;
    }

    private void CheckUnitNumber(int propertyId, string unitNumber, int? exceptUnitId, WriteErrors errors) =>
        errors.When(
            Data.Units.ChildrenOf(propertyId).Any(u => u.Id != exceptUnitId && string.Equals(u.Value.UnitNumber, unitNumber, StringComparison.OrdinalIgnoreCase)),
            "UnitNumber",
            "The unit number must be unique within the rental property.");

    private void RefreshPropertyUnitCount(int propertyId)
    {
        var count = Data.Units.CountChildren(propertyId);
        if (Data.Rentals.Find(propertyId) is { } rental && rental.Value.NumberUnits != count)
        {
            var copy = ObjectCopier.Shallow(rental.Value);
            copy.NumberUnits = count;
            Data.Rentals.Put(rental with { Value = copy });
        }
    }
}
