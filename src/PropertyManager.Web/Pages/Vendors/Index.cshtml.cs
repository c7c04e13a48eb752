using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Display;
using PropertyManager.Web.Lists;
using PropertyManager.Web.Sensitive;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.Vendors;

public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    /// <summary>The Buildium id of a vendor category.</summary>
    [BindProperty(SupportsGet = true)]
    public int? CategoryId { get; set; }

    /// <summary>Active or Inactive.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];

    public override string SearchHint => "Name, contact, email or phone";

    protected override string ExportName => "vendors";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("name", "Name", r => r.Name, r => r.Name),
        new("contact", "Contact", r => r.ContactName, r => r.ContactName),
        new("email", "Email", r => r.Email, r => r.Email),
        new("phone", "Phone", r => r.PhoneNumber, r => r.PhoneNumber),
        new("category", "Category", r => r.Category, r => r.Category),
        new("city", "City", r => r.City, r => r.City),
        new("taxid", "Tax id", null, r => r.MaskedTaxId),
        new("bills", "Unpaid bills", r => r.UnpaidBills, r => r.UnpaidBills, Numeric: true),
        new("status", "Status", r => r.Active, r => r.Active ? "Active" : "Inactive"),
        new("sync", "Sync", r => r.SyncStatus, r => new SyncStateView(r.SyncStatus, r.BuildiumId).Label),
        new("buildium", "Buildium id", r => r.BuildiumId, r => r.BuildiumId, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    protected override async Task LoadFiltersAsync(CancellationToken cancellationToken) =>
        Categories = await VendorInput.CategoriesAsync(db, CategoryId, cancellationToken);

    protected override IQueryable<Row> Query()
    {
        var query = db.Vendors.AsNoTracking();
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            query = query.Where(v => EF.Functions.ILike(v.Name!, pattern) || EF.Functions.ILike(v.ContactName!, pattern)
                || EF.Functions.ILike(v.Email!, pattern) || EF.Functions.ILike(v.PhoneNumber!, pattern));
        }

        if (CategoryId is { } categoryId)
        {
            query = query.Where(v => v.CategoryId == categoryId);
        }

        query = Status switch
        {
            "Active" => query.Where(v => v.IsActive != false),
            "Inactive" => query.Where(v => v.IsActive == false),
            _ => query,
        };

        return query.Select(v => new Row
        {
            Id = v.Id,
            Name = v.Name,
            ContactName = v.ContactName,
            Email = v.Email,
            PhoneNumber = v.PhoneNumber,
            City = v.City,
            Category = db.VendorCategories.Where(c => c.BuildiumCategoryId == v.CategoryId).Select(c => c.Name).FirstOrDefault(),
            // Masked as it is read: the full tax id never reaches a page or an export.
            MaskedTaxId = Mask.Last4(v.TaxId),
            UnpaidBills = v.Bills.Count(b => b.Status != Data.Bills.BillStatuses.Paid),
            Active = v.IsActive != false,
            BuildiumId = v.BuildiumVendorId,
            SyncStatus = db.SyncStatuses.Where(s => s.EntityType == SyncEntityTypes.Vendor && s.EntityId == v.Id).Select(s => s.SyncStatus).FirstOrDefault(),
        });
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public string? Name { get; init; }
        public string? ContactName { get; init; }
        public string? Email { get; init; }
        public string? PhoneNumber { get; init; }
        public string? City { get; init; }
        public string? Category { get; init; }
        public string? MaskedTaxId { get; init; }
        public int UnpaidBills { get; init; }
        public bool Active { get; init; }
        public int? BuildiumId { get; init; }
        public string? SyncStatus { get; init; }
    }
}
