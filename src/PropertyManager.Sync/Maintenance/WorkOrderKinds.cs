using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.WorkOrders;
using PropertyManager.Data.Integration;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Webhooks;

namespace PropertyManager.Sync.Maintenance;

/// <summary>Work orders; their updated-since filter is a date.</summary>
internal static class WorkOrderKinds
{
    public static SyncKind WorkOrders() => new(new PullKind<WorkOrderMessage, WorkOrder>
    {
        Name = SyncEntityTypes.WorkOrder,
        Filter = IncrementalFilter.Date,
        Fetch = (context, window, ct) => context.Client.WorkOrders.ListAsync(
            new WorkOrderListFilter { LastUpdatedFrom = window.Since is { } since ? DateOnly.FromDateTime(since.UtcDateTime) : null }, ct),
        FetchOne = (context, id, ct) => context.Client.WorkOrders.GetAsync(id, ct),
        Id = m => m.Id,
        Map = WorkOrderMapper.ToLocal,
        Parents = WorkOrderMapper.Parents,
        // Work orders carry no property: it comes from the unit or the task. A new row gets it with its insert; an
        // existing one is corrected after the upsert (below), which then rewrites only the rows whose property moved.
        LocalOnly = WorkOrderMapper.LocalOnlyFields.Append(nameof(WorkOrder.PropertyId)).ToHashSet(StringComparer.Ordinal),
        InsertOnly = [nameof(WorkOrder.PropertyId)],
        ResolveBatch = SetPropertiesAsync,
        AfterBatch = async (context, rows, _, ct) =>
        {
            var workOrders = rows.Select(r => r.Dto.Id).ToArray();
            var tasks = rows.Select(r => WorkOrderMapper.Parents(r.Dto).TaskId ?? 0).ToArray();
            await context.Db.Database.ExecuteSqlRawAsync("""
                UPDATE work_orders w SET property_id = x.property_id
                FROM (SELECT d.work_order, coalesce(u.property_id, t.property_id) AS property_id
                      FROM unnest({0}::int[], {1}::int[]) AS d(work_order, task)
                      JOIN work_orders o ON o.buildium_work_order_id = d.work_order
                      LEFT JOIN units u ON u.id = o.unit_id
                      LEFT JOIN tasks t ON t.buildium_task_id = d.task) x
                WHERE w.buildium_work_order_id = x.work_order AND w.property_id IS DISTINCT FROM x.property_id
                """, [workOrders, tasks], ct);
            // The vendor and task live beside the documented table (work_order_links); Buildium's are the truth.
            await context.Db.Database.ExecuteSqlRawAsync("""
                INSERT INTO work_order_links (work_order_id, vendor_id, task_id)
                SELECT o.id, v.id, t.id
                FROM unnest({0}::int[], {1}::int[], {2}::int[]) AS d(work_order, task, vendor)
                JOIN work_orders o ON o.buildium_work_order_id = d.work_order
                LEFT JOIN vendors v ON v.buildium_vendor_id = d.vendor
                LEFT JOIN tasks t ON t.buildium_task_id = d.task
                ON CONFLICT (work_order_id) DO UPDATE SET vendor_id = excluded.vendor_id, task_id = excluded.task_id, updated_at = now()
                WHERE work_order_links.vendor_id IS DISTINCT FROM excluded.vendor_id OR work_order_links.task_id IS DISTINCT FROM excluded.task_id
                """, [workOrders, tasks, rows.Select(r => WorkOrderMapper.Parents(r.Dto).VendorId ?? 0).ToArray()], ct);
        },
    })
    {
        Push = (pusher, item, ct) => new MaintenancePush(pusher).PushWorkOrderAsync(item, ct),
        Webhooks = [new WebhookRoute("WorkOrder", "WorkOrderId")],
    };

    /// <summary>Each work order's property, from its unit or else its task, in one query for the batch.</summary>
    private static async Task SetPropertiesAsync(PullContext context, IReadOnlyList<(WorkOrderMessage Dto, WorkOrder Entity)> rows, CancellationToken cancellationToken)
    {
        var units = rows.Select(r => r.Entity.UnitId ?? Guid.Empty).ToArray();
        var tasks = rows.Select(r => WorkOrderMapper.Parents(r.Dto).TaskId ?? 0).ToArray();
        var properties = await context.Db.Database.SqlQueryRaw<Guid?>("""
            SELECT coalesce(u.property_id, t.property_id) AS "Value"
            FROM unnest({0}::uuid[], {1}::int[]) WITH ORDINALITY AS d(unit, task, n)
            LEFT JOIN units u ON u.id = d.unit
            LEFT JOIN tasks t ON t.buildium_task_id = d.task
            ORDER BY d.n
            """, units, tasks).ToListAsync(cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Entity.PropertyId = properties[i];
        }
    }
}
