using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Units;
using PropertyManager.Data.Vendors;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Persistence;

/// <summary>The database itself enforces timestamps, keys and the delete rules we chose.</summary>
public sealed class ConstraintTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Timestamps_are_stamped_on_insert_and_advanced_on_every_update()
    {
        var property = new Property { Name = "Stamp " + Guid.NewGuid() };
        await using (var db = database.CreateContext())
        {
            db.Add(property);
            await db.SaveChangesAsync();
        }

        property.CreatedAt.ShouldNotBeNull();
        property.UpdatedAt.ShouldBe(property.CreatedAt);
        (DateTimeOffset.UtcNow - property.CreatedAt.Value).ShouldBeLessThan(TimeSpan.FromMinutes(1));

        await Task.Delay(20);
        await using (var db = database.CreateContext())
        {
            var loaded = await db.Properties.SingleAsync(p => p.Id == property.Id);
            loaded.City = "Springfield";
            await db.SaveChangesAsync();
            loaded.UpdatedAt.ShouldNotBeNull();
            loaded.UpdatedAt.Value.ShouldBeGreaterThan(property.UpdatedAt!.Value);
            loaded.CreatedAt.ShouldBe(property.CreatedAt);
        }
    }

    [Fact]
    public async Task A_raw_sql_update_that_forgets_updated_at_still_advances_it()
    {
        await using var db = database.CreateContext();
        var property = new Property { Name = "Raw " + Guid.NewGuid(), UpdatedAt = DateTimeOffset.UtcNow.AddDays(-3) };
        db.Add(property);
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("UPDATE properties SET updated_at = now() - interval '3 days' WHERE id = {0}", property.Id);

        await db.Database.ExecuteSqlRawAsync("UPDATE properties SET city = 'Shelbyville' WHERE id = {0}", property.Id);

        var updatedAt = await db.Properties.Where(p => p.Id == property.Id).Select(p => p.UpdatedAt).SingleAsync();
        updatedAt.ShouldNotBeNull();
        (DateTimeOffset.UtcNow - updatedAt.Value).ShouldBeLessThan(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Lease_timestamps_are_utc_wall_clock_without_time_zone()
    {
        await using var db = database.CreateContext();
        var lease = new Lease { Status = LeaseStatuses.Active, StartDate = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified) };
        db.Add(lease);
        await db.SaveChangesAsync();

        lease.Id.ShouldBeGreaterThan(0);
        var stored = await db.Leases.AsNoTracking().SingleAsync(l => l.Id == lease.Id);
        stored.CreatedAt.ShouldNotBeNull();
        (DateTime.UtcNow - stored.CreatedAt.Value).Duration().ShouldBeLessThan(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_property_with_units_cannot_be_hard_deleted()
    {
        await using var db = database.CreateContext();
        var property = new Property { Name = "Has units " + Guid.NewGuid() };
        property.Units.Add(new Unit { UnitNumber = "1A" });
        db.Add(property);
        await db.SaveChangesAsync();

        var error = await Should.ThrowAsync<PostgresException>(() =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM properties WHERE id = {0}", property.Id));
        error.SqlState.ShouldBe(PostgresErrorCodes.ForeignKeyViolation);
    }

    [Fact]
    public async Task Deleting_an_owner_removes_only_their_ownership_rows()
    {
        await using var db = database.CreateContext();
        var property = new Property { Name = "Shared " + Guid.NewGuid() };
        var owner = new Owner { FirstName = "Ada", LastName = "Lovelace" };
        db.Add(new Ownership { Owner = owner, Property = property, OwnershipPercentage = 100m, Primary = true });
        await db.SaveChangesAsync();

        await db.Database.ExecuteSqlRawAsync("DELETE FROM owners WHERE id = {0}", owner.Id);

        (await db.Ownerships.CountAsync(o => o.PropertyId == property.Id)).ShouldBe(0);
        (await db.Properties.CountAsync(p => p.Id == property.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Vendor_category_is_referenced_by_its_buildium_id_and_deleting_it_uncategorises_vendors()
    {
        await using var db = database.CreateContext();
        var category = new VendorCategory { BuildiumCategoryId = 4242, Name = "Plumbing" };
        var vendor = new Vendor { Name = "Pipes Inc", CategoryId = 4242 };
        db.AddRange(category, vendor);
        await db.SaveChangesAsync();

        var orphan = new Vendor { Name = "Nowhere", CategoryId = 999_999 };
        db.Add(orphan);
        var error = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        error.InnerException.ShouldBeOfType<PostgresException>().SqlState.ShouldBe(PostgresErrorCodes.ForeignKeyViolation);
        db.Entry(orphan).State = EntityState.Detached;

        await db.Database.ExecuteSqlRawAsync("DELETE FROM vendor_categories WHERE id = {0}", category.Id);
        (await db.Vendors.AsNoTracking().SingleAsync(v => v.Id == vendor.Id)).CategoryId.ShouldBeNull();
    }

    [Fact]
    public async Task Buildium_ids_are_unique_but_records_not_yet_pushed_may_share_null()
    {
        await using var db = database.CreateContext();
        db.AddRange(new Property { Name = "Local 1" }, new Property { Name = "Local 2" }, new Property { Name = "Synced", BuildiumPropertyId = 31337 });
        await db.SaveChangesAsync();

        db.Add(new Property { Name = "Duplicate", BuildiumPropertyId = 31337 });
        var error = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        error.InnerException.ShouldBeOfType<PostgresException>().ConstraintName.ShouldBe("properties_buildium_property_id_key");
    }
}
