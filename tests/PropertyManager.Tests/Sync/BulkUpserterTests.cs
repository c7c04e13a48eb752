using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Properties;
using PropertyManager.Sync.Engine;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>The set-based upsert creates, updates only what changed, and leaves everything else untouched.</summary>
public sealed class BulkUpserterTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly string[] _propertyColumns = [nameof(Property.Name), nameof(Property.City), nameof(Property.RentalOwnerIds), nameof(Property.IsActive)];

    [Fact]
    public async Task Creates_then_updates_only_changed_rows_and_keeps_local_only_columns()
    {
        var keys = Enumerable.Range(0, 3).Select(_ => Random.Shared.Next(1, int.MaxValue)).ToArray();
        await using (var db = database.CreateContext())
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            var first = await new BulkUpserter(db).UpsertAsync(
                keys.Select((k, i) => new Property { BuildiumPropertyId = k, Name = $"Tower {i}", City = "Austin", RentalOwnerIds = [i, i + 1], IsActive = true }).ToList(),
                nameof(Property.BuildiumPropertyId), _propertyColumns, CancellationToken.None);
            await tx.CommitAsync();

            first.Created.ShouldBe(3);
            first.Updated.ShouldBe(0);
            first.LocalIds.Keys.ShouldBe(keys, ignoreOrder: true);
        }

        await database.ExecuteSqlAsync($"UPDATE properties SET reserve = 1234.5, updated_at = now() - interval '1 day' WHERE buildium_property_id = ANY(ARRAY[{string.Join(',', keys)}])");

        await using (var db = database.CreateContext())
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            var second = await new BulkUpserter(db).UpsertAsync(
                keys.Select((k, i) => new Property { BuildiumPropertyId = k, Name = $"Tower {i}", City = i == 1 ? "Dallas" : "Austin", RentalOwnerIds = [i, i + 1], IsActive = true }).ToList(),
                nameof(Property.BuildiumPropertyId), _propertyColumns, CancellationToken.None);
            await tx.CommitAsync();

            second.Created.ShouldBe(0);
            second.Updated.ShouldBe(1);
            second.Unchanged.ShouldBe(2);
            second.Changed.ShouldBe([keys[1]]);
        }

        await using (var db = database.CreateContext())
        {
            var rows = await db.Properties.AsNoTracking().Where(p => keys.Contains(p.BuildiumPropertyId!.Value)).ToListAsync();
            rows.ShouldAllBe(p => p.Reserve == 1234.5m, "a column the sync does not own is never overwritten");
            var touched = rows.Single(p => p.BuildiumPropertyId == keys[1]);
            touched.City.ShouldBe("Dallas");
            (DateTimeOffset.UtcNow - touched.UpdatedAt!.Value).ShouldBeLessThan(TimeSpan.FromMinutes(1));
            rows.Where(p => p != touched).ShouldAllBe(p => p.UpdatedAt < DateTimeOffset.UtcNow.AddHours(-12), "unchanged rows were not written");
        }
    }

    [Fact]
    public async Task An_insert_only_column_is_written_for_new_rows_and_never_updated()
    {
        var keys = Enumerable.Range(0, 2).Select(_ => Random.Shared.Next(1, int.MaxValue)).ToArray();
        string[] insertOnly = [nameof(Property.Reserve)];
        async Task<UpsertResult> UpsertAsync(decimal reserve, string secondCity)
        {
            await using var db = database.CreateContext();
            await using var tx = await db.Database.BeginTransactionAsync();
            var result = await new BulkUpserter(db).UpsertAsync(
                keys.Select((k, i) => new Property { BuildiumPropertyId = k, Name = $"Tower {i}", City = i == 1 ? secondCity : "Austin", RentalOwnerIds = [], IsActive = true, Reserve = reserve }).ToList(),
                nameof(Property.BuildiumPropertyId), _propertyColumns, insertOnly, CancellationToken.None);
            await tx.CommitAsync();
            return result;
        }

        (await UpsertAsync(100m, "Austin")).Created.ShouldBe(2);
        var second = await UpsertAsync(999m, "Dallas");

        second.Updated.ShouldBe(1);
        second.Unchanged.ShouldBe(1, "a row differing only in an insert-only column is not written");
        await using var check = database.CreateContext();
        var rows = await check.Properties.AsNoTracking().Where(p => keys.Contains(p.BuildiumPropertyId!.Value)).ToListAsync();
        rows.ShouldAllBe(p => p.Reserve == 100m, "the value a row was created with stays");
        rows.Single(p => p.BuildiumPropertyId == keys[1]).City.ShouldBe("Dallas");
    }

    [Fact]
    public async Task The_stage_starts_empty_for_each_upsert_on_one_connection_within_and_across_transactions()
    {
        var key = Random.Shared.Next(1, int.MaxValue);
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();
        var upserter = new BulkUpserter(db);
        Task<UpsertResult> UpsertAsync(string city) => upserter.UpsertAsync(
            [new Property { BuildiumPropertyId = key, Name = "Tower", City = city, RentalOwnerIds = [], IsActive = true }],
            nameof(Property.BuildiumPropertyId), _propertyColumns, CancellationToken.None);

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            (await UpsertAsync("Austin")).Created.ShouldBe(1);
            // A row left in the stage would meet its key twice in one INSERT ... ON CONFLICT, which PostgreSQL refuses.
            (await UpsertAsync("Dallas")).Updated.ShouldBe(1);
            await tx.CommitAsync();
        }

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            (await UpsertAsync("Houston")).Updated.ShouldBe(1);
            await tx.CommitAsync();
        }

        (await db.Properties.AsNoTracking().SingleAsync(p => p.BuildiumPropertyId == key)).City.ShouldBe("Houston");
    }

    [Fact]
    public async Task Works_on_the_lease_table_with_its_bigserial_id_and_camelCase_columns()
    {
        var key = Random.Shared.Next(1, int.MaxValue);
        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await new BulkUpserter(db).UpsertAsync(
            [new Lease { BuildiumLeaseId = key, Status = LeaseStatuses.Active, StartDate = new DateTime(2026, 1, 1), DepositAmt = 1500m }],
            nameof(Lease.BuildiumLeaseId), [nameof(Lease.Status), nameof(Lease.StartDate), nameof(Lease.DepositAmt)], CancellationToken.None);
        await tx.CommitAsync();

        result.Created.ShouldBe(1);
        result.LocalIds[key].ShouldBeOfType<long>().ShouldBeGreaterThan(0);
        (await db.Leases.AsNoTracking().SingleAsync(l => l.BuildiumLeaseId == key)).DepositAmt.ShouldBe(1500m);
    }
}
