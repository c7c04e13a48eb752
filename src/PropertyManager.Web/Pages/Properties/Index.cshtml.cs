using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Security;
using PropertyManager.Web.Display;
using PropertyManager.Web.Lists;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.Properties;

public sealed class IndexModel(AppDbContext db, IPortfolioAccessSource access) : ListPageModel<IndexModel.Row>
{
    /// <summary>
    /// A new property is in nobody's assignments yet, so only users of every property may add one (PortfolioWriteGuard):
    /// a manager limited to some properties is not offered a form the save would refuse.
    /// </summary>
    public bool CanCreate => access.Current is { AllProperties: true, CanWritePortfolio: true };

    /// <summary>A non-admin who has been given no property: the list is empty because of access, not because of the sync.</summary>
    public bool HasNoAccess => access.Current is { AllProperties: false, PropertyIds.Count: 0 };

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    public override string SearchHint => "Name, address, city or ZIP";

    protected override string ExportName => "properties";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("name", "Name", r => r.Name, r => r.Name),
        new("address", "Address", r => r.AddressLine1, r => r.AddressLine1),
        new("city", "City", r => r.City, r => r.City),
        new("state", "State", r => r.State, r => r.State),
        new("zip", "ZIP", r => r.PostalCode, r => r.PostalCode),
        new("type", "Type", r => r.RentalSubType, r => Labels.Of(r.RentalSubType)),
        new("units", "Units", r => r.UnitCount, r => r.UnitCount, Numeric: true),
        new("status", "Status", r => r.Status, r => Labels.Of(r.Status)),
        new("sync", "Sync", r => r.SyncStatus, r => new SyncStateView(r.SyncStatus, r.BuildiumId).Label),
        new("buildium", "Buildium id", r => r.BuildiumId, r => r.BuildiumId, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    protected override IQueryable<Row> Query()
    {
        var query = db.Properties.AsNoTracking();
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            query = query.Where(p => EF.Functions.ILike(p.Name!, pattern) || EF.Functions.ILike(p.AddressLine1!, pattern)
                || EF.Functions.ILike(p.City!, pattern) || EF.Functions.ILike(p.PostalCode!, pattern));
        }

        query = Status switch
        {
            PropertyStatuses.Active => query.Where(p => p.IsActive != false && p.Status != PropertyStatuses.Inactive),
            PropertyStatuses.Inactive => query.Where(p => p.IsActive == false || p.Status == PropertyStatuses.Inactive),
            _ => query,
        };
        if (!string.IsNullOrEmpty(Type))
        {
            query = query.Where(p => p.RentalSubType == Type);
        }

        return query.Select(p => new Row
        {
            Id = p.Id,
            Name = p.Name,
            AddressLine1 = p.AddressLine1,
            City = p.City,
            State = p.State,
            PostalCode = p.PostalCode,
            RentalSubType = p.RentalSubType,
            Status = p.IsActive == false ? PropertyStatuses.Inactive : p.Status ?? PropertyStatuses.Active,
            BuildiumId = p.BuildiumPropertyId,
            UnitCount = p.Units.Count,
            SyncStatus = db.SyncStatuses.Where(s => s.EntityType == SyncEntityTypes.Property && s.EntityId == p.Id).Select(s => s.SyncStatus).FirstOrDefault(),
        });
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public string? Name { get; init; }
        public string? AddressLine1 { get; init; }
        public string? City { get; init; }
        public string? State { get; init; }
        public string? PostalCode { get; init; }
        public string? RentalSubType { get; init; }
        public string? Status { get; init; }
        public int? BuildiumId { get; init; }
        public int UnitCount { get; init; }
        public string? SyncStatus { get; init; }
    }
}
