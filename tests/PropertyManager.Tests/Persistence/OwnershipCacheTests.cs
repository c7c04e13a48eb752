using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Persistence;

/// <summary>
/// Local edits through <c>AppDbContext.SaveChanges</c> keep <c>owners_list_cache</c> and <c>property_ownerships_cache</c>
/// true, in the same transaction as the rows they summarise.
/// </summary>
public sealed class OwnershipCacheTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Adding_an_owner_with_a_share_and_then_editing_both_refreshes_both_caches()
    {
        var (owner, property) = await OwnerWithShareAsync(60m);
        await using (var db = database.CreateContext())
        {
            var listed = await db.OwnersListCache.AsNoTracking().SingleAsync(c => c.OwnerId == owner.Id);
            listed.DisplayName.ShouldBe("Cora Cache");
            listed.PrimaryEmail.ShouldBe(owner.Email);
            var share = await db.PropertyOwnershipsCache.AsNoTracking().SingleAsync(c => c.OwnerId == owner.Id);
            share.PropertyId.ShouldBe(property.Id);
            share.OwnershipPercentage.ShouldBe(60m);
            share.DisplayName.ShouldBe("Cora Cache");
        }

        await using (var db = database.CreateContext())
        {
            var ownership = await db.Ownerships.Include(o => o.Owner).SingleAsync(o => o.OwnerId == owner.Id);
            ownership.OwnershipPercentage = 75.5m;
            ownership.Owner!.LastName = "Cached";
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            (await db.OwnersListCache.AsNoTracking().SingleAsync(c => c.OwnerId == owner.Id)).DisplayName.ShouldBe("Cora Cached");
            var share = await db.PropertyOwnershipsCache.AsNoTracking().SingleAsync(c => c.OwnerId == owner.Id);
            share.OwnershipPercentage.ShouldBe(75.5m);
            share.DisplayName.ShouldBe("Cora Cached");
        }
    }

    [Fact]
    public async Task The_synchronous_SaveChanges_refreshes_the_caches_too()
    {
        var (owner, _) = await OwnerWithShareAsync(10m);
        await using (var db = database.CreateContext())
        {
            db.Ownerships.Single(o => o.OwnerId == owner.Id).DisbursementPercentage = 12.25m;
            db.SaveChanges();
        }

        await using var check = database.CreateContext();
        (await check.PropertyOwnershipsCache.AsNoTracking().SingleAsync(c => c.OwnerId == owner.Id)).DisbursementPercentage.ShouldBe(12.25m);
    }

    [Fact]
    public async Task A_save_that_fails_leaves_the_share_and_both_caches_as_they_were()
    {
        var (owner, property) = await OwnerWithShareAsync(40m);
        await using (var db = database.CreateContext())
        {
            var ownership = await db.Ownerships.Include(o => o.Owner).SingleAsync(o => o.OwnerId == owner.Id);
            ownership.OwnershipPercentage = 90m;
            ownership.Owner!.Email = "changed@example.com";
            // The same owner twice on one property breaks the unique key: the whole save fails.
            db.Add(new Ownership { OwnerId = owner.Id, PropertyId = property.Id, OwnershipPercentage = 10m });
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = database.CreateContext();
        (await check.Ownerships.AsNoTracking().SingleAsync(o => o.OwnerId == owner.Id)).OwnershipPercentage.ShouldBe(40m);
        (await check.PropertyOwnershipsCache.AsNoTracking().SingleAsync(c => c.OwnerId == owner.Id)).OwnershipPercentage.ShouldBe(40m);
        (await check.OwnersListCache.AsNoTracking().SingleAsync(c => c.OwnerId == owner.Id)).PrimaryEmail.ShouldBe(owner.Email);
    }

    [Fact]
    public async Task A_refresh_that_fails_rolls_back_the_edit_it_summarises()
    {
        var (owner, _) = await OwnerWithShareAsync(20m);
        // Makes the cache refresh itself fail for one value, after EF has written the ownership row.
        await database.ExecuteSqlAsync("""
            CREATE OR REPLACE FUNCTION pm_test_refuse_cache() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN IF NEW.ownership_percentage = 33.33 THEN RAISE EXCEPTION 'cache refused'; END IF; RETURN NEW; END $$;
            DROP TRIGGER IF EXISTS pm_test_refuse_cache ON property_ownerships_cache;
            CREATE TRIGGER pm_test_refuse_cache BEFORE INSERT OR UPDATE ON property_ownerships_cache
                FOR EACH ROW EXECUTE FUNCTION pm_test_refuse_cache();
            """);
        try
        {
            await using (var db = database.CreateContext())
            {
                (await db.Ownerships.SingleAsync(o => o.OwnerId == owner.Id)).OwnershipPercentage = 33.33m;
                (await Should.ThrowAsync<Npgsql.PostgresException>(() => db.SaveChangesAsync())).MessageText.ShouldBe("cache refused");
            }

            await using var check = database.CreateContext();
            (await check.Ownerships.AsNoTracking().SingleAsync(o => o.OwnerId == owner.Id)).OwnershipPercentage.ShouldBe(20m, "the row and its cache commit together or not at all");
            (await check.PropertyOwnershipsCache.AsNoTracking().SingleAsync(c => c.OwnerId == owner.Id)).OwnershipPercentage.ShouldBe(20m);
        }
        finally
        {
            await database.ExecuteSqlAsync("DROP TRIGGER pm_test_refuse_cache ON property_ownerships_cache; DROP FUNCTION pm_test_refuse_cache();");
        }
    }

    [Fact]
    public async Task Inside_a_callers_transaction_the_caches_commit_and_roll_back_with_it()
    {
        var (owner, _) = await OwnerWithShareAsync(50m);
        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Ownerships.SingleAsync(o => o.OwnerId == owner.Id)).OwnershipPercentage = 55m;
            await db.SaveChangesAsync();
            (await db.PropertyOwnershipsCache.AsNoTracking().SingleAsync(c => c.OwnerId == owner.Id)).OwnershipPercentage.ShouldBe(55m, "visible inside the transaction");
            await transaction.RollbackAsync();
        }

        await using var check = database.CreateContext();
        (await check.PropertyOwnershipsCache.AsNoTracking().SingleAsync(c => c.OwnerId == owner.Id)).OwnershipPercentage.ShouldBe(50m);
    }

    [Fact]
    public async Task Deleting_a_share_an_owner_or_a_property_removes_what_the_caches_held_for_it()
    {
        var (owner, property) = await OwnerWithShareAsync(30m);
        var (coOwner, _) = await OwnerWithShareAsync(70m, property);
        var (lastOwner, lastProperty) = await OwnerWithShareAsync(100m);
        await using (var db = database.CreateContext())
        {
            db.Remove(await db.Ownerships.SingleAsync(o => o.OwnerId == coOwner.Id));
            db.Remove(await db.Owners.SingleAsync(o => o.Id == owner.Id));
            db.Remove(await db.Properties.SingleAsync(p => p.Id == lastProperty.Id));
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        (await check.PropertyOwnershipsCache.CountAsync(c => c.OwnerId == owner.Id || c.OwnerId == coOwner.Id || c.OwnerId == lastOwner.Id)).ShouldBe(0);
        (await check.OwnersListCache.CountAsync(c => c.OwnerId == owner.Id)).ShouldBe(0);
        (await check.OwnersListCache.CountAsync(c => c.OwnerId == coOwner.Id || c.OwnerId == lastOwner.Id)).ShouldBe(2, "owners still exist without a share");
    }

    private async Task<(Owner Owner, Property Property)> OwnerWithShareAsync(decimal percentage, Property? property = null)
    {
        await using var db = database.CreateContext();
        var owner = new Owner { FirstName = "Cora", LastName = "Cache", Email = $"cora.{Guid.NewGuid():N}@example.com", IsCompany = false };
        if (property is null)
        {
            property = new Property { Name = "Cache Court " + Guid.NewGuid().ToString("N")[..6] };
            owner.Ownerships.Add(new Ownership { Property = property, OwnershipPercentage = percentage });
        }
        else
        {
            owner.Ownerships.Add(new Ownership { PropertyId = property.Id, OwnershipPercentage = percentage });
        }

        db.Add(owner);
        await db.SaveChangesAsync();
        return (owner, property);
    }
}
