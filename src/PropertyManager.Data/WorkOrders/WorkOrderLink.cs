using PropertyManager.Data.Tasks;
using PropertyManager.Data.Vendors;

namespace PropertyManager.Data.WorkOrders;

/// <summary>
/// A work order's vendor and task (table <c>work_order_links</c>, beside the documented schema): Buildium needs the
/// vendor to create a work order and joins it to a task, and the documented <c>work_orders</c> table has neither column.
/// </summary>
public sealed class WorkOrderLink
{
    public Guid WorkOrderId { get; set; }
    public Guid? VendorId { get; set; }
    public Guid? TaskId { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public WorkOrder? WorkOrder { get; set; }
    public Vendor? Vendor { get; set; }
    public MaintenanceTask? Task { get; set; }
}
