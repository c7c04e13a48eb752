using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Display;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Lists;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.Bills;

public sealed class IndexModel(AppDbContext db, TimeProvider time) : ListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>Due before today and not paid.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? VendorId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PropertyId { get; set; }

    /// <summary>Due on or after.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Due on or before.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<SelectListItem> Vendors { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];

    /// <summary>The sums of every bill the filters select, not only this page's.</summary>
    public Totals Sum { get; private set; } = new(0, 0, 0);

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public override string SearchHint => "Description, reference or vendor";

    protected override string ExportName => "bills";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("due", "Due", r => r.DueDate, r => r.DueDate),
        new("date", "Date", r => r.Date, r => r.Date),
        new("vendor", "Vendor", r => r.Vendor, r => r.Vendor),
        new("property", "Property", r => r.Property, r => r.Property),
        new("description", "Description", r => r.Description, r => r.Description),
        new("reference", "Reference", r => r.ReferenceNumber, r => r.ReferenceNumber),
        new("amount", "Amount", r => r.Amount, r => r.Amount, Numeric: true),
        new("paid", "Paid", r => r.Paid, r => r.Paid, Numeric: true),
        new("balance", "Balance", r => r.Amount - r.Paid, r => r.Amount - r.Paid, Numeric: true),
        new("status", "Status", r => r.Status, r => Labels.Of(r.Status)),
        new("sync", "Sync", r => r.SyncStatus, r => new SyncStateView(r.SyncStatus, r.BuildiumId).Label),
        new("buildium", "Buildium id", r => r.BuildiumId, r => r.BuildiumId, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    public override async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await base.OnGetAsync(cancellationToken);
        var amount = await Query().SumAsync(r => r.Amount, cancellationToken);
        var paid = await Query().SumAsync(r => r.Paid, cancellationToken);
        Sum = new Totals(Total, amount, paid);
        return result;
    }

    protected override async Task LoadFiltersAsync(CancellationToken cancellationToken)
    {
        Vendors = await BillChoices.VendorsAsync(db, VendorId, cancellationToken);
        Properties = await PortfolioChoices.PropertiesAsync(db, PropertyId, cancellationToken);
    }

    protected override IQueryable<Row> Query()
    {
        var query = db.Bills.AsNoTracking();
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            query = query.Where(b => EF.Functions.ILike(b.Description!, pattern) || EF.Functions.ILike(b.ReferenceNumber!, pattern)
                || EF.Functions.ILike(b.Vendor!.Name!, pattern));
        }

        if (!string.IsNullOrEmpty(Status))
        {
            query = query.Where(b => b.Status == Status);
        }

        if (Overdue)
        {
            var today = Today;
            query = query.Where(b => b.DueDate < today && b.Status != BillStatuses.Paid);
        }

        if (VendorId is { } vendorId)
        {
            query = query.Where(b => b.VendorId == vendorId);
        }

        if (PropertyId is { } propertyId)
        {
            query = query.Where(b => b.PropertyId == propertyId);
        }

        if (From is { } from)
        {
            query = query.Where(b => b.DueDate >= from);
        }

        if (To is { } to)
        {
            query = query.Where(b => b.DueDate <= to);
        }

        return query.Select(b => new Row
        {
            Id = b.Id,
            Date = b.Date,
            DueDate = b.DueDate,
            Vendor = b.Vendor!.Name,
            Property = b.Property!.Name,
            Description = b.Description,
            ReferenceNumber = b.ReferenceNumber,
            Amount = b.Amount ?? 0,
            Paid = b.Payments.Sum(p => p.Amount) ?? 0,
            Status = b.Status,
            BuildiumId = b.BuildiumBillId,
            SyncStatus = db.SyncStatuses.Where(s => s.EntityType == SyncEntityTypes.Bill && s.EntityId == b.Id).Select(s => s.SyncStatus).FirstOrDefault(),
        });
    }

    public sealed record Totals(int Count, decimal Amount, decimal Paid)
    {
        public decimal Balance => Amount - Paid;
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public DateOnly? Date { get; init; }
        public DateOnly? DueDate { get; init; }
        public string? Vendor { get; init; }
        public string? Property { get; init; }
        public string? Description { get; init; }
        public string? ReferenceNumber { get; init; }
        public decimal Amount { get; init; }
        public decimal Paid { get; init; }
        public string? Status { get; init; }
        public int? BuildiumId { get; init; }
        public string? SyncStatus { get; init; }
    }
}
