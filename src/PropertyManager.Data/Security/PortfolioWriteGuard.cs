using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Sensitive;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Tenants;
using PropertyManager.Data.Units;
using PropertyManager.Data.Vendors;
using PropertyManager.Data.WorkOrders;

namespace PropertyManager.Data.Security;

/// <summary>
/// The write half of the app's access rules (the query filters of <see cref="AppDbContext"/> are the read half): before
/// anything is written, every added, changed or deleted row of a save is checked against the
/// <see cref="PortfolioAccess"/> of <see cref="Source"/>: portfolio rows need a portfolio writer and a property they may
/// see, before and after the change; bank accounts, GL accounts, vendors and categories need a finance writer (ADR-014).
/// A refused save throws <see cref="PortfolioAccessDeniedException"/> and writes nothing. It also records every change of
/// an account number, routing number or tax id in <c>sensitive_change_audit</c>, in the same save.
/// Set-based writes (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>) only reach rows the query filters let through.
/// </summary>
public sealed class PortfolioWriteGuard(IPortfolioAccessSource source, TimeProvider? timeProvider = null) : SaveChangesInterceptor
{
    private static readonly (Type Type, string Table, string Property, string Column)[] _audited =
    [
        (typeof(BankAccount), "bank_accounts", nameof(BankAccount.AccountNumber), "account_number"),
        (typeof(BankAccount), "bank_accounts", nameof(BankAccount.RoutingNumber), "routing_number"),
        (typeof(Vendor), "vendors", nameof(Vendor.TaxId), "tax_id"),
    ];

    private static readonly HashSet<Type> _financeTypes =
        [typeof(BankAccount), typeof(GlAccount), typeof(Vendor), typeof(VendorCategory), typeof(BillCategory), typeof(TaskCategory)];

    public IPortfolioAccessSource Source { get; } = source;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            CheckAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            await CheckAsync(context, cancellationToken);
        }

        return result;
    }

    private async Task CheckAsync(DbContext context, CancellationToken cancellationToken)
    {
        var access = Source.Current;
        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in entries)
        {
            if (!await AllowedAsync(context, access, entry, cancellationToken))
            {
                throw new PortfolioAccessDeniedException(
                    $"{Describe(access)} may not {Verb(entry.State)} this {entry.Metadata.GetTableName()} row.");
            }
        }

        Audit(context, access, entries);
    }

    private static async Task<bool> AllowedAsync(DbContext context, PortfolioAccess access, EntityEntry entry, CancellationToken cancellationToken)
    {
        if (access.AllProperties && access.CanWritePortfolio && access.CanWriteFinance)
        {
            return true;
        }

        var type = entry.Metadata.ClrType;
        if (_financeTypes.Contains(type))
        {
            return access.CanWriteFinance;
        }

        return entry.Entity switch
        {
            Property p => access.CanWritePortfolio && access.SeesProperty(p.Id),
            Unit or Lease or Bill or MaintenanceTask or WorkOrder or Ownership =>
                access.CanWritePortfolio && PropertyVisible(access, entry),
            BillPayment => access.CanWritePortfolio
                && await ParentVisibleAsync(context.Set<Bill>(), (Guid? id) => b => b.Id == id, entry, nameof(BillPayment.BillId), cancellationToken),
            TaskHistory => access.CanWritePortfolio
                && await ParentVisibleAsync(context.Set<MaintenanceTask>(), (Guid? id) => t => t.Id == id, entry, nameof(TaskHistory.TaskId), cancellationToken),
            TaskHistoryFile => access.CanWritePortfolio
                && await ParentVisibleAsync(context.Set<TaskHistory>(), (Guid? id) => h => h.Id == id, entry, nameof(TaskHistoryFile.TaskHistoryId), cancellationToken),
            LeaseTenant or LeaseRent or LeaseBalance or LeaseTransaction => access.CanWritePortfolio
                && await ParentVisibleAsync(context.Set<Lease>(), (long? id) => l => l.Id == id, entry, "LeaseId", cancellationToken),
            // A work order created in the same save is judged by its own rule (its property).
            WorkOrderLink link => access.CanWritePortfolio
                && (context.ChangeTracker.Entries<WorkOrder>().Any(w => w.State == EntityState.Added && w.Entity.Id == link.WorkOrderId)
                    || await ParentVisibleAsync(context.Set<WorkOrder>(), (Guid? id) => w => w.Id == id, entry, nameof(WorkOrderLink.WorkOrderId), cancellationToken)),
            LeaseRentCharge => access.CanWritePortfolio
                && await ParentVisibleAsync(context.Set<LeaseRent>(), (Guid? id) => r => r.Id == id, entry, nameof(LeaseRentCharge.LeaseRentId), cancellationToken),
            // A new tenant is on no lease yet (it stays out of sight until linked), as a new owner has no share.
            Tenant tenant => access.CanWritePortfolio
                && (entry.State == EntityState.Added || await context.Set<Tenant>().AnyAsync(t => t.Id == tenant.Id, cancellationToken)),
            // A new owner has no share yet (it stays out of sight until linked); an existing one must be in sight.
            Owner owner => access.CanWritePortfolio
                && (entry.State == EntityState.Added || await context.Set<Owner>().AnyAsync(o => o.Id == owner.Id, cancellationToken)),
            OwnersListCacheEntry or PropertyOwnershipCacheEntry => access.CanWritePortfolio,
            // The outbox follows an allowed change in the same save; audit rows are written by this guard; sync state,
            // the API cache and log belong to whoever works the sync (the /Admin pages and the worker).
            _ => true,
        };
    }

    /// <summary>The row's property, as it was and as it will be, is one the user may see (a move out of reach is refused).</summary>
    private static bool PropertyVisible(PortfolioAccess access, EntityEntry entry)
    {
        var property = entry.Property("PropertyId");
        var now = access.SeesProperty(property.CurrentValue as Guid?);
        return entry.State == EntityState.Added ? now : now && access.SeesProperty(property.OriginalValue as Guid?);
    }

    private static async Task<bool> ParentVisibleAsync<TParent, TKey>(
        DbSet<TParent> parents, Func<TKey?, Expression<Func<TParent, bool>>> byId, EntityEntry entry, string foreignKey, CancellationToken cancellationToken)
        where TParent : class
        where TKey : struct
    {
        // The parents' query filter decides, for the parent as it will be and, when the row moves, as it was.
        var property = entry.Property(foreignKey);
        var current = property.CurrentValue as TKey?;
        if (current is null)
        {
            return false;
        }

        // A parent added in the same save (a lease signed with its tenants and rent) is not in the database yet; the
        // guard checks that parent itself, so its new children follow it.
        // Compared on the tracked key value: EF keeps a generated key's temporary value there, not on the entity.
        if (entry.State == EntityState.Added && parents.Local.Select(p => entry.Context.Entry(p))
            .Any(p => p.State == EntityState.Added && Equals(p.Property(p.Metadata.FindPrimaryKey()!.Properties[0].Name).CurrentValue, current.Value)))
        {
            return true;
        }

        if (!await parents.AnyAsync(byId(current), cancellationToken))
        {
            return false;
        }

        var original = property.OriginalValue as TKey?;
        return entry.State == EntityState.Added || Equals(original, current)
            || (original is not null && await parents.AnyAsync(byId(original), cancellationToken));
    }

    private void Audit(DbContext context, PortfolioAccess access, List<EntityEntry> entries)
    {
        var now = (timeProvider ?? TimeProvider.System).GetUtcNow();
        now = now.AddTicks(-(now.Ticks % 10));
        foreach (var entry in entries)
        {
            foreach (var (type, table, property, column) in _audited)
            {
                if (entry.Metadata.ClrType != type || entry.State == EntityState.Deleted)
                {
                    continue;
                }

                var value = entry.Property(property);
                var current = value.CurrentValue as string;
                var action = entry.State == EntityState.Added
                    ? (string.IsNullOrEmpty(current) ? null : "set")
                    : value.IsModified && !string.Equals(value.OriginalValue as string, current, StringComparison.Ordinal)
                        ? (string.IsNullOrEmpty(current) ? "cleared" : "changed")
                        : null;
                if (action is not null)
                {
                    // Keys are otherwise assigned later in the save (outbox) or by the database: the audit row needs it now.
                    if (entry.Property("Id").CurrentValue is Guid id && id == Guid.Empty)
                    {
                        entry.Property("Id").CurrentValue = Guid.NewGuid();
                    }

                    context.Add(new SensitiveChange
                    {
                        Id = Guid.NewGuid(),
                        ChangedAt = now,
                        UserId = access.UserId,
                        EntityType = table,
                        EntityId = (Guid)entry.Property("Id").CurrentValue!,
                        Field = column,
                        Action = action,
                    });
                }
            }
        }
    }

    private static string Describe(PortfolioAccess access) => access.UserId is null ? "This session" : $"User {access.UserId}";

    private static string Verb(EntityState state) => state switch
    {
        EntityState.Added => "add",
        EntityState.Deleted => "delete",
        _ => "change",
    };
}
