using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Display;
using PropertyManager.Web.Lists;
using PropertyManager.Web.Sensitive;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.BankAccounts;

public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    /// <summary>"Active" or "Inactive".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    public override string SearchHint => "Name or description";

    protected override string ExportName => "bank-accounts";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("name", "Name", r => r.Name, r => r.Name),
        new("type", "Type", r => r.Type, r => Labels.Of(r.Type)),
        // Masked in the export too: full numbers never leave the server.
        new("account", "Account number", null, r => Mask.Last4(r.AccountNumber)),
        new("routing", "Routing number", null, r => Mask.Last4(r.RoutingNumber)),
        new("gl", "GL account", r => r.GlAccountName, r => r.GlAccountName),
        new("balance", "Balance", r => r.Balance, r => r.Balance, Numeric: true),
        new("properties", "Properties", r => r.PropertyCount, r => r.PropertyCount, Numeric: true),
        new("status", "Status", r => r.Active, r => r.Active ? "Active" : "Inactive"),
        new("sync", "Sync", r => r.SyncStatus, r => new SyncStateView(r.SyncStatus, r.BuildiumId).Label),
        new("buildium", "Buildium id", r => r.BuildiumId, r => r.BuildiumId, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    protected override IQueryable<Row> Query()
    {
        var query = db.BankAccounts.AsNoTracking();
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            query = query.Where(b => EF.Functions.ILike(b.Name, pattern) || EF.Functions.ILike(b.Description!, pattern));
        }

        query = Status switch
        {
            "Active" => query.Where(b => b.IsActive != false),
            "Inactive" => query.Where(b => b.IsActive == false),
            _ => query,
        };
        if (!string.IsNullOrEmpty(Type))
        {
            query = query.Where(b => b.BankAccountType == Type);
        }

        return query.Select(b => new Row
        {
            Id = b.Id,
            Name = b.Name,
            Type = b.BankAccountType,
            AccountNumber = b.AccountNumber,
            RoutingNumber = b.RoutingNumber,
            GlAccountName = b.GlAccount!.Name,
            Balance = b.BuildiumBalance ?? b.Balance,
            PropertyCount = db.Properties.Count(p => p.OperatingBankAccountId == b.Id),
            Active = b.IsActive != false,
            BuildiumId = b.BuildiumBankId <= 0 ? null : b.BuildiumBankId,
            SyncStatus = db.SyncStatuses.Where(s => s.EntityType == SyncEntityTypes.BankAccount && s.EntityId == b.Id).Select(s => s.SyncStatus).FirstOrDefault(),
        });
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public string? Name { get; init; }
        public string? Type { get; init; }

        /// <summary>The stored number: show it only through <see cref="Mask.Last4"/>.</summary>
        public string? AccountNumber { get; init; }

        /// <summary>The stored number: show it only through <see cref="Mask.Last4"/>.</summary>
        public string? RoutingNumber { get; init; }

        public string? GlAccountName { get; init; }
        public decimal? Balance { get; init; }
        public int PropertyCount { get; init; }
        public bool Active { get; init; }
        public int? BuildiumId { get; init; }
        public string? SyncStatus { get; init; }
    }
}
