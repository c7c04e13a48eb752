using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Data.SyncState;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Units;
using PropertyManager.Data.Vendors;
using PropertyManager.Data.WorkOrders;

namespace PropertyManager.Data;

/// <summary>The documented schema: 23 tables, mapped one configuration class per table.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Property> Properties => Set<Property>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Owner> Owners => Set<Owner>();
    public DbSet<Ownership> Ownerships => Set<Ownership>();
    public DbSet<Lease> Leases => Set<Lease>();
    public DbSet<BankAccount> BankAccounts => Set<BankAccount>();
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<Bill> Bills => Set<Bill>();
    public DbSet<BillPayment> BillPayments => Set<BillPayment>();
    public DbSet<GlAccount> GlAccounts => Set<GlAccount>();
    public DbSet<VendorCategory> VendorCategories => Set<VendorCategory>();
    public DbSet<BillCategory> BillCategories => Set<BillCategory>();
    public DbSet<MaintenanceTask> Tasks => Set<MaintenanceTask>();
    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();
    public DbSet<TaskCategory> TaskCategories => Set<TaskCategory>();
    public DbSet<TaskHistory> TaskHistory => Set<TaskHistory>();
    public DbSet<TaskHistoryFile> TaskHistoryFiles => Set<TaskHistoryFile>();
    public DbSet<BuildiumSyncStatus> SyncStatuses => Set<BuildiumSyncStatus>();
    public DbSet<BuildiumApiCacheEntry> ApiCache => Set<BuildiumApiCacheEntry>();
    public DbSet<BuildiumWebhookEvent> WebhookEvents => Set<BuildiumWebhookEvent>();
    public DbSet<BuildiumApiLogEntry> ApiLog => Set<BuildiumApiLogEntry>();
    public DbSet<OwnersListCacheEntry> OwnersListCache => Set<OwnersListCacheEntry>();
    public DbSet<PropertyOwnershipCacheEntry> PropertyOwnershipsCache => Set<PropertyOwnershipCacheEntry>();

    // The sync engine's own state, beside the documented tables.
    public DbSet<SyncRun> SyncRuns => Set<SyncRun>();
    public DbSet<SyncCursor> SyncCursors => Set<SyncCursor>();
    public DbSet<SyncRecord> SyncRecords => Set<SyncRecord>();
    public DbSet<SyncConflict> SyncConflicts => Set<SyncConflict>();
    public DbSet<WriteOnlyValue> WriteOnlyValues => Set<WriteOnlyValue>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

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
}
