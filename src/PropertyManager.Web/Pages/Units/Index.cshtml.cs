using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Web.Display;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Lists;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.Units;

public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    public const string Occupied = "occupied";
    public const string Vacant = "vacant";

    /// <summary>The property's details page links here with <c>?propertyId=</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? PropertyId { get; set; }

    /// <summary><see cref="Occupied"/> (an Active lease) or <see cref="Vacant"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Occupancy { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Bedrooms { get; set; }

    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];

    public override string SearchHint => "Unit number, address or property";

    protected override string ExportName => "units";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("unit", "Unit", r => r.UnitNumber, r => r.UnitNumber),
        new("property", "Property", r => r.PropertyName, r => r.PropertyName),
        new("address", "Address", r => r.AddressLine1, r => r.AddressLine1),
        new("bedrooms", "Bedrooms", null, r => UnitChoices.BedroomsLabel(r.Bedrooms)),
        new("bathrooms", "Bathrooms", null, r => UnitChoices.BathroomsLabel(r.Bathrooms)),
        new("rent", "Market rent", r => r.MarketRent, r => r.MarketRent, Numeric: true),
        new("occupancy", "Occupancy", r => r.Occupied, r => r.Occupied ? "Occupied" : "Vacant"),
        new("active", "Active", r => r.Active, r => r.Active ? "Yes" : "No"),
        new("sync", "Sync", r => r.SyncStatus, r => new SyncStateView(r.SyncStatus, r.BuildiumId).Label),
        new("buildium", "Buildium id", r => r.BuildiumId, r => r.BuildiumId, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    protected override async Task LoadFiltersAsync(CancellationToken cancellationToken) =>
        Properties = await RecordChoices.PropertiesAsync(db, PropertyId, cancellationToken);

    protected override IQueryable<Row> Query()
    {
        var query = db.Units.AsNoTracking();
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            query = query.Where(u => EF.Functions.ILike(u.UnitNumber!, pattern) || EF.Functions.ILike(u.AddressLine1!, pattern)
                || EF.Functions.ILike(u.City!, pattern) || EF.Functions.ILike(u.Property!.Name!, pattern)
                || EF.Functions.ILike(u.Property!.AddressLine1!, pattern));
        }

        if (PropertyId is { } propertyId)
        {
            query = query.Where(u => u.PropertyId == propertyId);
        }

        query = Occupancy switch
        {
            Occupied => query.Where(u => u.Leases.Any(l => l.Status == LeaseStatuses.Active)),
            Vacant => query.Where(u => !u.Leases.Any(l => l.Status == LeaseStatuses.Active)),
            _ => query,
        };
        if (!string.IsNullOrEmpty(Bedrooms))
        {
            query = query.Where(u => u.UnitBedrooms == Bedrooms);
        }

        return query.Select(u => new Row
        {
            Id = u.Id,
            UnitNumber = u.UnitNumber,
            PropertyId = u.PropertyId,
            PropertyName = u.Property!.Name,
            AddressLine1 = u.AddressLine1 ?? u.Property.AddressLine1,
            Bedrooms = u.UnitBedrooms,
            Bathrooms = u.UnitBathrooms,
            MarketRent = u.MarketRent,
            Occupied = u.Leases.Any(l => l.Status == LeaseStatuses.Active),
            Active = u.IsActive != false,
            BuildiumId = u.BuildiumUnitId,
            SyncStatus = db.SyncStatuses.Where(s => s.EntityType == SyncEntityTypes.Unit && s.EntityId == u.Id).Select(s => s.SyncStatus).FirstOrDefault(),
        });
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public string? UnitNumber { get; init; }
        public Guid? PropertyId { get; init; }
        public string? PropertyName { get; init; }
        public string? AddressLine1 { get; init; }
        public string? Bedrooms { get; init; }
        public string? Bathrooms { get; init; }
        public decimal? MarketRent { get; init; }
        public bool Occupied { get; init; }
        public bool Active { get; init; }
        public int? BuildiumId { get; init; }
        public string? SyncStatus { get; init; }
    }
}
