using PropertyManager.Buildium.WorkOrders;
using PropertyManager.Data.Integration;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Sync.Mapping;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Kinds;

/// <summary>Work orders; their updated-since filter is a date.</summary>
internal static class WorkOrderKinds
{
    public static IPullKind WorkOrders() => new PullKind<WorkOrderMessage, WorkOrder>
    {
        Name = SyncEntityTypes.WorkOrder,
        Filter = IncrementalFilter.Date,
        Table = "work_orders",
        KeyColumn = "buildium_work_order_id",
        KeyProperty = nameof(WorkOrder.BuildiumWorkOrderId),
        Fetch = (context, window, ct) => context.Client.WorkOrders.ListAsync(
            new WorkOrderListFilter { LastUpdatedFrom = window.Since is { } since ? DateOnly.FromDateTime(since.UtcDateTime) : null }, ct),
        FetchOne = (context, id, ct) => context.Client.WorkOrders.GetAsync(id, ct),
        Id = m => m.Id,
        Map = WorkOrderMapper.ToLocal,
        Parents = WorkOrderMapper.Parents,
        LocalOnly =
        [
            nameof(WorkOrder.AssignedTo), nameof(WorkOrder.EstimatedCost), nameof(WorkOrder.CompletedDate),
            nameof(WorkOrder.Category), nameof(WorkOrder.Notes),
        ],
    };
}
