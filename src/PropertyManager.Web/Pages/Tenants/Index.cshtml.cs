using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Leases;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Lists;

namespace PropertyManager.Web.Pages.Tenants;

/// <summary>Residents: who lives where and how to reach them, with what their current lease owes.</summary>
public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public Guid? PropertyId { get; set; }

    /// <summary>"current" (on an active lease) or "past".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Residency { get; set; }

    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];

    public override string SearchHint => "Name, email, phone or unit";

    protected override string ExportName => "tenants";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("name", "Name", r => r.LastName, r => r.Name),
        new("property", "Property", r => r.PropertyName, r => r.PropertyName),
        new("unit", "Unit", r => r.UnitNumber, r => r.UnitNumber),
        new("phone", "Phone", r => r.Phone, r => r.Phone),
        new("email", "Email", r => r.Email, r => r.Email),
        new("end", "Lease end", r => r.LeaseEnd, r => r.LeaseEnd.HasValue ? DateOnly.FromDateTime(r.LeaseEnd.Value) : null),
        new("balance", "Balance", r => r.Balance, r => r.Balance, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    protected override async Task LoadFiltersAsync(CancellationToken cancellationToken) =>
        Properties = await RecordChoices.PropertiesAsync(db, PropertyId, cancellationToken);

    protected override IQueryable<Row> Query()
    {
        var tenants = db.Tenants.AsNoTracking();
        if (PropertyId is { } propertyId)
        {
            tenants = tenants.Where(t => t.Leases.Any(l => l.Lease!.PropertyId == propertyId));
        }

        tenants = Residency switch
        {
            "current" => tenants.Where(t => t.Leases.Any(l => l.Lease!.Status == LeaseStatuses.Active)),
            "past" => tenants.Where(t => !t.Leases.Any(l => l.Lease!.Status == LeaseStatuses.Active)),
            _ => tenants,
        };

        var rows = tenants.Select(t => new
        {
            Tenant = t,
            // The lease that says where they live: the active one, else the latest.
            Lease = t.Leases.OrderByDescending(l => l.Lease!.Status == LeaseStatuses.Active).ThenByDescending(l => l.Lease!.StartDate).Select(l => l.Lease).FirstOrDefault(),
        }).Select(x => new Row
        {
            Id = x.Tenant.Id,
            Name = x.Tenant.FirstName + " " + x.Tenant.LastName,
            LastName = x.Tenant.LastName,
            Email = x.Tenant.Email,
            Phone = x.Tenant.PhoneMobile ?? x.Tenant.PhoneHome ?? x.Tenant.PhoneWork,
            LeaseId = x.Lease == null ? null : x.Lease.Id,
            PropertyName = x.Lease == null ? null : x.Lease.Property!.Name,
            UnitNumber = x.Lease == null ? null : x.Lease.Unit!.UnitNumber,
            LeaseEnd = x.Lease == null ? null : x.Lease.EndDate,
            Balance = x.Lease == null || x.Lease.Balance == null ? null : x.Lease.Balance.TotalBalance,
        });
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            rows = rows.Where(r => EF.Functions.ILike(r.Name!, pattern) || EF.Functions.ILike(r.Email!, pattern)
                || EF.Functions.ILike(r.Phone!, pattern) || EF.Functions.ILike(r.UnitNumber!, pattern));
        }

        return rows;
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public string? Name { get; init; }
        public string? LastName { get; init; }
        public string? Email { get; init; }
        public string? Phone { get; init; }
        public long? LeaseId { get; init; }
        public string? PropertyName { get; init; }
        public string? UnitNumber { get; init; }
        public DateTime? LeaseEnd { get; init; }
        public decimal? Balance { get; init; }
    }
}
