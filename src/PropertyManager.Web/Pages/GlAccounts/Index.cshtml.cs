using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Display;
using PropertyManager.Web.Lists;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.GlAccounts;

public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    /// <summary>One of the GL account types.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    /// <summary>"Active" or "Inactive".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public override string SearchHint => "Name or number";

    protected override string ExportName => "gl-accounts";

    // The first sortable column is the default sort: a chart of accounts reads by number.
    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("number", "Number", r => r.AccountNumber, r => r.AccountNumber),
        new("name", "Name", r => r.Name, r => r.Name),
        new("type", "Type", r => r.Type, r => Labels.Of(r.Type)),
        new("subtype", "Sub type", r => r.SubType, r => Labels.Of(r.SubType)),
        new("bank", "Bank accounts", r => r.BankAccountCount, r => r.BankAccountCount, Numeric: true),
        new("status", "Status", r => r.Active, r => r.Active ? "Active" : "Inactive"),
        new("sync", "Sync", r => r.SyncStatus, r => new SyncStateView(r.SyncStatus, r.BuildiumId).Label),
        new("buildium", "Buildium id", r => r.BuildiumId, r => r.BuildiumId, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    protected override IQueryable<Row> Query()
    {
        var query = db.GlAccounts.AsNoTracking();
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            query = query.Where(g => EF.Functions.ILike(g.Name, pattern) || EF.Functions.ILike(g.AccountNumber!, pattern));
        }

        if (!string.IsNullOrEmpty(Type))
        {
            query = query.Where(g => g.Type == Type);
        }

        query = Status switch
        {
            "Active" => query.Where(g => g.IsActive != false),
            "Inactive" => query.Where(g => g.IsActive == false),
            _ => query,
        };

        return query.Select(g => new Row
        {
            Id = g.Id,
            AccountNumber = g.AccountNumber,
            Name = g.Name,
            Type = g.Type,
            SubType = g.SubType,
            BankAccountCount = g.BankAccounts.Count,
            Active = g.IsActive != false,
            BuildiumId = g.BuildiumGlAccountId <= 0 ? null : g.BuildiumGlAccountId,
            SyncStatus = db.SyncStatuses.Where(s => s.EntityType == SyncEntityTypes.GlAccount && s.EntityId == g.Id).Select(s => s.SyncStatus).FirstOrDefault(),
        });
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public string? AccountNumber { get; init; }
        public string? Name { get; init; }
        public string? Type { get; init; }
        public string? SubType { get; init; }
        public int BankAccountCount { get; init; }
        public bool Active { get; init; }
        public int? BuildiumId { get; init; }
        public string? SyncStatus { get; init; }
    }
}
