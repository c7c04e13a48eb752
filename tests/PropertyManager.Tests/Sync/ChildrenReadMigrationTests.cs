using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>
/// Issue 17 (ADR-019): a database synced before parents were marked keeps what the old rule knew, so the first run after
/// the upgrade does not read every bill's payments (or every lease ledger) again: parents whose child kind completed after
/// them start marked.
/// </summary>
public sealed class ChildrenReadMigrationTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task The_upgrade_marks_the_parents_whose_child_kind_completed_after_them_and_leaves_the_others_due()
    {
        // Payments completed after the last bill scan; task history was cut short by a run stopped part-way.
        var marks = await MarksAfterUpgradeAsync("20261205225910_WorkOrderLinks", """
            INSERT INTO sync_records (kind, buildium_id, payload_hash, synced_at, deleted_in_buildium_at) VALUES
                ('bill', 1, 'B1', now(), NULL), ('bill', 2, 'B2', now(), NULL), ('bill', 3, 'B3', now(), now()),
                ('task', 1, 'T1', now(), NULL), ('task_history', 1, 'H1', now(), NULL);
            INSERT INTO sync_cursors (kind, completed_from) VALUES
                ('bill', now() - interval '2 hours'), ('bill_payment', now() - interval '1 hour'),
                ('task', now() - interval '1 hour'), ('task_history', now() - interval '2 hours');
            """);

        marks.ShouldBe(
        [
            ("bill", 1, "B1"),
            ("bill", 2, "B2"),
            ("bill", 3, null), // deleted in Buildium: nothing to read under it
            ("task", 1, null), // its history's read was cut short: due
            ("task_history", 1, null), // files never completed: due
        ]);
    }

    [Fact]
    public async Task The_upgrade_marks_every_lease_once_the_ledgers_were_read_whole_and_none_before()
    {
        var marks = await MarksAfterUpgradeAsync("20261206062000_ReportVersionCounters", """
            INSERT INTO sync_records (kind, buildium_id, payload_hash, synced_at, deleted_in_buildium_at) VALUES
                ('lease', 1, 'L1', now(), NULL), ('lease', 2, 'L2', now(), now()), ('bill', 1, 'B1', now(), NULL);
            INSERT INTO sync_cursors (kind, completed_from) VALUES ('lease_transaction', now() - interval '1 hour');
            """);

        marks.ShouldBe(
        [
            ("bill", 1, null), // bill payments never completed: due
            ("lease", 1, "L1"),
            ("lease", 2, null), // deleted in Buildium
        ]);
    }

    [Fact]
    public async Task Without_a_completed_ledger_read_the_upgrade_leaves_every_lease_due()
    {
        var marks = await MarksAfterUpgradeAsync(
            "20261206062000_ReportVersionCounters", "INSERT INTO sync_records (kind, buildium_id, payload_hash, synced_at) VALUES ('lease', 1, 'L1', now());");

        marks.ShouldBe([("lease", 1, null)]);
    }

    /// <summary>A database at migration <paramref name="from"/> holding <paramref name="state"/>, upgraded: its marks.</summary>
    private async Task<List<(string Kind, int BuildiumId, string? ChildrenReadHash)>> MarksAfterUpgradeAsync(string from, string state)
    {
        await using (var db = _database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(from);
        }

        await _database.ExecuteSqlAsync(state);
        await using (var db = _database.CreateContext())
        {
            await db.Database.MigrateAsync();
            var marks = await db.SyncRecords.AsNoTracking().OrderBy(r => r.Kind).ThenBy(r => r.BuildiumId)
                .Select(r => new { r.Kind, r.BuildiumId, r.ChildrenReadHash })
                .ToListAsync();
            return [.. marks.Select(m => (m.Kind, m.BuildiumId, m.ChildrenReadHash))];
        }
    }
}
