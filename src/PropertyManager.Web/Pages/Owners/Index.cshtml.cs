using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Display;
using PropertyManager.Web.Lists;
using PropertyManager.Web.Sensitive;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.Owners;

public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    public const string Company = "company";
    public const string Person = "person";

    /// <summary>"Active" or "Inactive".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary><see cref="Company"/> or <see cref="Person"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public override string SearchHint => "Name, company, email or phone";

    protected override string ExportName => "owners";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("name", "Name", r => r.Name, r => r.Name),
        new("kind", "Kind", r => r.IsCompany, r => r.IsCompany ? "Company" : "Person"),
        new("email", "Email", r => r.Email, r => r.Email),
        new("phone", "Phone", r => r.Phone, r => r.Phone),
        new("city", "City", r => r.City, r => r.City),
        new("properties", "Properties", r => r.PropertyCount, r => r.PropertyCount, Numeric: true),
        // Masked in the export too: the full id never leaves the server.
        new("taxid", "Tax id", null, r => Mask.Last4(r.TaxId)),
        new("status", "Status", r => r.Active, r => r.Active ? "Active" : "Inactive"),
        new("sync", "Sync", r => r.SyncStatus, r => new SyncStateView(r.SyncStatus, r.BuildiumId).Label),
        new("buildium", "Buildium id", r => r.BuildiumId, r => r.BuildiumId, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    protected override IQueryable<Row> Query()
    {
        var query = db.Owners.AsNoTracking();
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            query = query.Where(o => EF.Functions.ILike(o.FirstName + " " + o.LastName, pattern) || EF.Functions.ILike(o.CompanyName!, pattern)
                || EF.Functions.ILike(o.Email!, pattern) || EF.Functions.ILike(o.AlternateEmail!, pattern)
                || EF.Functions.ILike(o.PhoneMobile!, pattern) || EF.Functions.ILike(o.PhoneHome!, pattern)
                || EF.Functions.ILike(o.PhoneWork!, pattern) || EF.Functions.ILike(o.PhoneFax!, pattern));
        }

        query = Status switch
        {
            "Active" => query.Where(o => o.IsActive != false),
            "Inactive" => query.Where(o => o.IsActive == false),
            _ => query,
        };
        query = Kind switch
        {
            Company => query.Where(o => o.IsCompany == true),
            Person => query.Where(o => o.IsCompany != true),
            _ => query,
        };

        return query.Select(o => new Row
        {
            Id = o.Id,
            Name = o.IsCompany == true ? o.CompanyName : o.FirstName + " " + o.LastName,
            IsCompany = o.IsCompany == true,
            Email = o.Email,
            Phone = o.PhoneMobile ?? o.PhoneHome ?? o.PhoneWork,
            City = o.City,
            PropertyCount = o.Ownerships.Count,
            TaxId = o.TaxPayerId ?? o.TaxId,
            Active = o.IsActive != false,
            BuildiumId = o.BuildiumOwnerId,
            SyncStatus = db.SyncStatuses.Where(s => s.EntityType == SyncEntityTypes.Owner && s.EntityId == o.Id).Select(s => s.SyncStatus).FirstOrDefault(),
        });
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public string? Name { get; init; }
        public bool IsCompany { get; init; }
        public string? Email { get; init; }
        public string? Phone { get; init; }
        public string? City { get; init; }
        public int PropertyCount { get; init; }

        /// <summary>The stored id: show it only through <see cref="Mask.Last4"/>.</summary>
        public string? TaxId { get; init; }

        public bool Active { get; init; }
        public int? BuildiumId { get; init; }
        public string? SyncStatus { get; init; }
    }
}
