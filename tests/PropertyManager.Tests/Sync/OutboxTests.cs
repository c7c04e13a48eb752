using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Tasks;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>The outbox interceptor: queued in the same transaction, and changes Buildium cannot take refused up front.</summary>
public sealed class OutboxTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task The_outbox_row_is_written_in_the_same_transaction_as_the_change()
    {
        var rolledBack = new Property { Name = "Rolled back " + Guid.NewGuid() };
        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(rolledBack);
            await db.SaveChangesAsync();
            (await db.SyncStatuses.CountAsync(s => s.EntityId == rolledBack.Id)).ShouldBe(1, "visible inside the transaction");
            await transaction.RollbackAsync();
        }

        var committed = new Property { Name = "Committed " + Guid.NewGuid() };
        await using (var db = database.CreateContext())
        {
            db.Add(committed);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            (await db.Properties.CountAsync(p => p.Id == rolledBack.Id)).ShouldBe(0);
            (await db.SyncStatuses.CountAsync(s => s.EntityId == rolledBack.Id)).ShouldBe(0);
            var status = await db.SyncStatuses.SingleAsync(s => s.EntityId == committed.Id);
            status.EntityType.ShouldBe(SyncEntityTypes.Property);
            status.SyncStatus.ShouldBe(SyncStates.Pending);
            status.BuildiumId.ShouldBeNull();
        }
    }

    [Fact]
    public async Task A_new_lease_is_queued_under_the_uuid_its_bigserial_id_maps_to()
    {
        var lease = new Lease { StartDate = new DateTime(2027, 2, 1), Status = LeaseStatuses.Active };
        await using (var db = database.CreateContext())
        {
            db.Add(lease);
            await db.SaveChangesAsync();
        }

        lease.Id.ShouldBeGreaterThan(0);
        SyncEntityIds.ToLeaseId(SyncEntityIds.FromLeaseId(lease.Id)).ShouldBe(lease.Id);
        await using (var db = database.CreateContext())
        {
            (await db.SyncStatuses.SingleAsync(s => s.EntityId == SyncEntityIds.FromLeaseId(lease.Id))).EntityType.ShouldBe(SyncEntityTypes.Lease);
        }
    }

    [Fact]
    public async Task Editing_a_field_Buildium_cannot_write_is_refused_with_a_clear_message_and_nothing_is_saved()
    {
        var task = new MaintenanceTask { Subject = "Synced task", Description = "Original", BuildiumTaskId = 880_001 };
        await using (var db = database.CreateContext())
        {
            db.Add(task);
            await db.SaveChangesAsync();
            await db.SyncStatuses.Where(s => s.EntityId == task.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SyncStatus, SyncStates.Synced));
        }

        await using (var db = database.CreateContext())
        {
            var loaded = await db.Tasks.SingleAsync(t => t.Id == task.Id);
            loaded.Description = "Changed";
            loaded.Subject = "Also changed";
            var error = await Should.ThrowAsync<SyncRuleViolationException>(() => db.SaveChangesAsync());
            error.Message.ShouldBe("A task's description cannot be changed after it is created in Buildium.");
            error.Fields.ShouldBe([nameof(MaintenanceTask.Description)]);
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == task.Id);
            stored.Description.ShouldBe("Original");
            stored.Subject.ShouldBe("Synced task");
            (await db.SyncStatuses.AsNoTracking().SingleAsync(s => s.EntityId == task.Id)).SyncStatus.ShouldBe(SyncStates.Synced);
        }
    }

    [Fact]
    public async Task A_task_not_yet_in_Buildium_may_still_change_its_description()
    {
        await using var db = database.CreateContext();
        var task = new MaintenanceTask { Subject = "Local task", Description = "Draft" };
        db.Add(task);
        await db.SaveChangesAsync();

        task.Description = "Final";
        await db.SaveChangesAsync();

        (await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == task.Id)).Description.ShouldBe("Final");
    }

    [Fact]
    public async Task Kinds_Buildium_cannot_create_or_update_are_refused_at_save_time()
    {
        await using (var db = database.CreateContext())
        {
            db.Add(new BillCategory { Name = "Local category" });
            (await Should.ThrowAsync<SyncRuleViolationException>(() => db.SaveChangesAsync()))
                .Message.ShouldStartWith("Bill categories cannot be created here: bill categories are GL accounts in Buildium");
        }

        var payment = new BillPayment { BuildiumPaymentId = 990_001, Amount = 10m, Memo = "Paid" };
        await using (var db = database.CreateContext())
        {
            db.Add(payment);
            await db.SaveChangesAsync();
            payment.Amount = 12m;
            (await Should.ThrowAsync<SyncRuleViolationException>(() => db.SaveChangesAsync()))
                .Message.ShouldBe("A bill payment cannot be changed after it is created in Buildium: Buildium cannot update bill payments; void it in Buildium and record a new one.");
        }
    }

    [Fact]
    public async Task Changing_only_local_columns_queues_nothing_and_a_new_edit_clears_Buildiums_last_complaint()
    {
        var property = new Property { Name = "Quiet " + Guid.NewGuid(), BuildiumPropertyId = 770_001 };
        await using (var db = database.CreateContext())
        {
            db.Add(property);
            await db.SaveChangesAsync();
            await db.SyncStatuses.Where(s => s.EntityId == property.Id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.SyncStatus, SyncStates.Failed).SetProperty(x => x.ErrorMessage, "[rejected] Buildium said no"));
        }

        await using (var db = database.CreateContext())
        {
            var loaded = await db.Properties.SingleAsync(p => p.Id == property.Id);
            loaded.Bedrooms = 4;
            await db.SaveChangesAsync();
            (await db.SyncStatuses.AsNoTracking().SingleAsync(s => s.EntityId == property.Id)).SyncStatus.ShouldBe(SyncStates.Failed, "bedrooms never reach Buildium");

            loaded.City = "Cambridge";
            await db.SaveChangesAsync();
            var status = await db.SyncStatuses.AsNoTracking().SingleAsync(s => s.EntityId == property.Id);
            status.SyncStatus.ShouldBe(SyncStates.Pending);
            status.ErrorMessage.ShouldBeNull();
            status.BuildiumId.ShouldBe(770_001);
        }
    }
}
