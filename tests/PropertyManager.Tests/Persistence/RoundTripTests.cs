using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Tenants;
using PropertyManager.Data.Vendors;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Schema;

namespace PropertyManager.Tests.Persistence;

/// <summary>Every entity is written and read back with every column intact.</summary>
public sealed class RoundTripTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    public static TheoryData<string> EntityNames()
    {
        using var db = new AppDbContext(AppDbContextOptions.Create("Host=unused"));
        var data = new TheoryData<string>();
        foreach (var name in db.Model.GetEntityTypes().Select(e => e.ClrType.Name).Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void The_model_maps_the_23_documented_tables_and_only_the_sync_engines_own_tables_besides()
    {
        using var db = database.CreateContext();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).ToHashSet();
        tables.Except(SchemaConformance.AppTables).Order(StringComparer.Ordinal)
            .ShouldBe(DocumentedSchema.Tables.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EntityNames))]
    public async Task Every_column_round_trips(string entityName)
    {
        object entity;
        object[] key;
        await using (var db = database.CreateContext())
        {
            var entityType = db.Model.GetEntityTypes().Single(e => e.ClrType.Name == entityName);
            entity = EntitySampler.Create(entityType, seed: entityName.Length);
            // Parents the row must reference: a NOT NULL key, and the category columns keyed on Buildium id or name.
            switch (entity)
            {
                case BankAccount account:
                    var gl = new GlAccount { Id = Guid.NewGuid(), BuildiumGlAccountId = 77_001, Name = "Operating cash", Type = GlAccountTypes.Asset };
                    db.Add(gl);
                    account.GlAccountId = gl.Id;
                    break;
                case Vendor vendor:
                    db.Add(new VendorCategory { BuildiumCategoryId = vendor.CategoryId, Name = "Referenced" });
                    break;
                case Bill bill:
                    db.Add(new BillCategory { BuildiumCategoryId = bill.CategoryId, Name = "Referenced" });
                    break;
                case MaintenanceTask task:
                    db.Add(new TaskCategory { Name = task.Category });
                    break;
                // Residents hang off a lease (bigserial: set through the navigation, keyed on insert).
                case LeaseTenant leaseTenant:
                    leaseTenant.Lease = new Lease();
                    leaseTenant.Tenant = new Tenant();
                    break;
                case LeaseRent rent:
                    rent.Lease = new Lease();
                    break;
                case LeaseBalance balance:
                    balance.Lease = new Lease();
                    break;
                case LeaseTransaction transaction:
                    transaction.Lease = new Lease();
                    transaction.PayeeTenant = new Tenant();
                    break;
                case LeaseRentCharge charge:
                    charge.Rent = new LeaseRent { Lease = new Lease() };
                    charge.GlAccount = new GlAccount { BuildiumGlAccountId = 77_002, Name = "Rent income", Type = GlAccountTypes.Income };
                    break;
                case WorkOrderLink link:
                    link.WorkOrder = new WorkOrder { Id = link.WorkOrderId };
                    link.Vendor = new Vendor { Id = link.VendorId ?? Guid.NewGuid() };
                    link.Task = new MaintenanceTask { Id = link.TaskId ?? Guid.NewGuid() };
                    break;
            }

            db.Add(entity);
            await db.SaveChangesAsync();
            key = entityType.FindPrimaryKey()!.Properties.Select(p => p.PropertyInfo!.GetValue(entity)!).ToArray();
        }

        await using (var db = database.CreateContext())
        {
            var entityType = db.Model.GetEntityTypes().Single(e => e.ClrType.Name == entityName);
            var loaded = await db.FindAsync(entityType.ClrType, key);
            loaded.ShouldNotBeNull();
            foreach (var property in entityType.GetProperties().Where(p => p.PropertyInfo is not null))
            {
                var actual = property.PropertyInfo!.GetValue(loaded);
                if (property.Name == "UpdatedAt")
                {
                    actual.ShouldNotBeNull("UpdatedAt is stamped on insert");
                    continue;
                }

                EntitySampler.ShouldEqual(actual, property.PropertyInfo.GetValue(entity), $"{entityName}.{property.Name}");
            }
        }
    }

    [Fact]
    public async Task Numeric_precision_is_kept_and_excess_scale_is_rounded_by_the_column()
    {
        await database.ExecuteSqlAsync("INSERT INTO properties (id, name, bathrooms, reserve) VALUES ('7a0c3f8e-0000-4000-8000-000000000001', 'Scale test', 2.45, 0.000000001)");
        await using var db = database.CreateContext();
        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Name == "Scale test");
        property.Bathrooms.ShouldBe(2.5m, "DECIMAL(3,1) rounds half away from zero");
        property.Reserve.ShouldBe(0.000000001m, "plain NUMERIC keeps every digit");
    }
}
