using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Common;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Security;
using PropertyManager.Data.Sensitive;
using PropertyManager.Data.Staff;
using PropertyManager.Data.SyncState;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Tenants;
using PropertyManager.Data.Units;
using PropertyManager.Data.Vendors;
using PropertyManager.Data.WorkOrders;

namespace PropertyManager.Data;

/// <summary>
/// The documented schema: 23 tables, mapped one configuration class per table. Every query is bounded by the
/// <see cref="PortfolioAccess"/> of the options' <see cref="PortfolioWriteGuard"/> (global query filters; none: everything),
/// whatever the database role; row level security is the second line (ADR-010, ADR-014).
/// </summary>
public sealed class AppDbContext : DbContext
{
    private readonly IPortfolioAccessSource _access;

    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
        _access = options.FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<SaveChangesPipeline>().FirstOrDefault()?.Guard.Source
            ?? FixedPortfolioAccessSource.System;
    }

    /// <summary>What this context's user may see and change.</summary>
    public PortfolioAccess Access => _access.Current;

    // Read by the query filters on every query (EF Core parameterises members of the context).
    private bool SeesAllProperties => _access.Current.AllProperties;
    private Guid[] VisiblePropertyIds => [.. _access.Current.PropertyIds];
    private bool SeesAllFinance => _access.Current.AllFinance;

    public DbSet<Property> Properties => Set<Property>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Owner> Owners => Set<Owner>();
    public DbSet<Ownership> Ownerships => Set<Ownership>();
    public DbSet<Lease> Leases => Set<Lease>();

    // Residents and rent, beside the documented tables (issue 15).
    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<LeaseTenant> LeaseTenants => Set<LeaseTenant>();
    public DbSet<LeaseRent> LeaseRents => Set<LeaseRent>();
    public DbSet<LeaseRentCharge> LeaseRentCharges => Set<LeaseRentCharge>();
    public DbSet<LeaseBalance> LeaseBalances => Set<LeaseBalance>();
    public DbSet<LeaseTransaction> LeaseTransactions => Set<LeaseTransaction>();
    public DbSet<BankAccount> BankAccounts => Set<BankAccount>();
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<Bill> Bills => Set<Bill>();
    public DbSet<BillPayment> BillPayments => Set<BillPayment>();
    public DbSet<GlAccount> GlAccounts => Set<GlAccount>();
    public DbSet<VendorCategory> VendorCategories => Set<VendorCategory>();
    public DbSet<BillCategory> BillCategories => Set<BillCategory>();
    public DbSet<MaintenanceTask> Tasks => Set<MaintenanceTask>();
    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();

    // A work order's vendor and task, beside the documented tables (issue 16).
    public DbSet<WorkOrderLink> WorkOrderLinks => Set<WorkOrderLink>();
    public DbSet<TaskCategory> TaskCategories => Set<TaskCategory>();
    public DbSet<TaskHistory> TaskHistory => Set<TaskHistory>();
    public DbSet<TaskHistoryFile> TaskHistoryFiles => Set<TaskHistoryFile>();
    public DbSet<BuildiumSyncStatus> SyncStatuses => Set<BuildiumSyncStatus>();
    public DbSet<BuildiumApiCacheEntry> ApiCache => Set<BuildiumApiCacheEntry>();
    public DbSet<BuildiumWebhookEvent> WebhookEvents => Set<BuildiumWebhookEvent>();
    public DbSet<BuildiumApiLogEntry> ApiLog => Set<BuildiumApiLogEntry>();
    public DbSet<OwnersListCacheEntry> OwnersListCache => Set<OwnersListCacheEntry>();
    public DbSet<PropertyOwnershipCacheEntry> PropertyOwnershipsCache => Set<PropertyOwnershipCacheEntry>();
    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();

    // The sync engine's own state, beside the documented tables.
    public DbSet<SyncRun> SyncRuns => Set<SyncRun>();
    public DbSet<SyncCursor> SyncCursors => Set<SyncCursor>();
    public DbSet<SyncRecord> SyncRecords => Set<SyncRecord>();
    public DbSet<SyncConflict> SyncConflicts => Set<SyncConflict>();
    public DbSet<WriteOnlyValue> WriteOnlyValues => Set<WriteOnlyValue>();

    /// <summary>Who changed an account or routing number or a tax id, and when (never the value).</summary>
    public DbSet<SensitiveChange> SensitiveChanges => Set<SensitiveChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        AddAccessFilters(modelBuilder);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var key = entity.FindPrimaryKey();
            if (key is null)
            {
                continue;
            }

            // PostgreSQL's own constraint names, as a database built by hand from the document has them.
            key.SetName($"{entity.GetTableName()}_pkey");

            // UUID keys also default in the database, so set-based SQL inserts need not invent ids.
            var id = key.Properties[0];
            if (key.Properties.Count == 1 && id.ClrType == typeof(Guid) && id.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never)
            {
                id.SetDefaultValueSql("gen_random_uuid()");
            }
        }
    }

    /// <summary>
    /// The read half of the access rules, the same as the row level security policies (PortfolioSecurity): a property's
    /// rows by their property column, children through their parent, owners through a visible share; bank accounts and
    /// vendors only those the visible properties and bills use unless the user sees all finance (ADR-014).
    /// </summary>
    private void AddAccessFilters(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Property>().HasQueryFilter(p => SeesAllProperties || VisiblePropertyIds.Contains(p.Id));
        modelBuilder.Entity<Unit>().HasQueryFilter(x => SeesAllProperties || (x.PropertyId != null && VisiblePropertyIds.Contains(x.PropertyId.Value)));
        modelBuilder.Entity<Lease>().HasQueryFilter(x => SeesAllProperties || (x.PropertyId != null && VisiblePropertyIds.Contains(x.PropertyId.Value)));
        modelBuilder.Entity<Bill>().HasQueryFilter(x => SeesAllProperties || (x.PropertyId != null && VisiblePropertyIds.Contains(x.PropertyId.Value)));
        modelBuilder.Entity<MaintenanceTask>().HasQueryFilter(x => SeesAllProperties || (x.PropertyId != null && VisiblePropertyIds.Contains(x.PropertyId.Value)));
        modelBuilder.Entity<WorkOrder>().HasQueryFilter(x => SeesAllProperties || (x.PropertyId != null && VisiblePropertyIds.Contains(x.PropertyId.Value)));
        modelBuilder.Entity<Ownership>().HasQueryFilter(x => SeesAllProperties || (x.PropertyId != null && VisiblePropertyIds.Contains(x.PropertyId.Value)));
        modelBuilder.Entity<PropertyOwnershipCacheEntry>().HasQueryFilter(
            x => SeesAllProperties || (x.PropertyId != null && VisiblePropertyIds.Contains(x.PropertyId.Value)));
        modelBuilder.Entity<BillPayment>().HasQueryFilter(x => SeesAllProperties || Bills.Any(b => b.Id == x.BillId));
        modelBuilder.Entity<TaskHistory>().HasQueryFilter(x => SeesAllProperties || Tasks.Any(t => t.Id == x.TaskId));
        modelBuilder.Entity<TaskHistoryFile>().HasQueryFilter(x => SeesAllProperties || TaskHistory.Any(h => h.Id == x.TaskHistoryId));
        modelBuilder.Entity<Owner>().HasQueryFilter(x => SeesAllProperties || Ownerships.Any(o => o.OwnerId == x.Id));
        modelBuilder.Entity<OwnersListCacheEntry>().HasQueryFilter(x => SeesAllProperties || Ownerships.Any(o => o.OwnerId == x.OwnerId));
        modelBuilder.Entity<LeaseTenant>().HasQueryFilter(x => SeesAllProperties || Leases.Any(l => l.Id == x.LeaseId));
        modelBuilder.Entity<LeaseRent>().HasQueryFilter(x => SeesAllProperties || Leases.Any(l => l.Id == x.LeaseId));
        modelBuilder.Entity<LeaseRentCharge>().HasQueryFilter(x => SeesAllProperties || LeaseRents.Any(r => r.Id == x.LeaseRentId));
        modelBuilder.Entity<LeaseBalance>().HasQueryFilter(x => SeesAllProperties || Leases.Any(l => l.Id == x.LeaseId));
        modelBuilder.Entity<LeaseTransaction>().HasQueryFilter(x => SeesAllProperties || Leases.Any(l => l.Id == x.LeaseId));
        modelBuilder.Entity<WorkOrderLink>().HasQueryFilter(x => SeesAllProperties || WorkOrders.Any(w => w.Id == x.WorkOrderId));
        modelBuilder.Entity<Tenant>().HasQueryFilter(x => SeesAllProperties || LeaseTenants.Any(t => t.TenantId == x.Id));
        modelBuilder.Entity<BankAccount>().HasQueryFilter(x => SeesAllFinance || Properties.Any(p => p.OperatingBankAccountId == x.Id));
        modelBuilder.Entity<Vendor>().HasQueryFilter(x => SeesAllFinance || Bills.Any(b => b.VendorId == x.Id));
    }
}
