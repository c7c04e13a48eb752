using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.WorkOrders;

/// <summary>Buildium <c>WorkOrderMessage</c> (read shape).</summary>
public sealed class WorkOrderMessage
{
    public int Id { get; set; }

    public WorkOrderTaskMessage? Task { get; set; }

    public string? Title { get; set; }

    public DateOnly? DueDate { get; set; }

    public BuildiumEnumValue<WorkOrderPriority>? Priority { get; set; }

    public BuildiumEnumValue<WorkOrderStatus>? Status { get; set; }

    public string? WorkDetails { get; set; }

    public string? InvoiceNumber { get; set; }

    public string? ChargeableTo { get; set; }

    public BuildiumEnumValue<EntryAllowed> EntryAllowed { get; set; }

    public string? EntryNotes { get; set; }

    public int VendorId { get; set; }

    public string? VendorNotes { get; set; }

    public WorkOrderEntryContactMessage? EntryContact { get; set; }

    public List<WorkOrderEntryContactMessage>? EntryContacts { get; set; }

    public int? BillTransactionId { get; set; }

    public List<int>? BillTransactionIds { get; set; }

    public decimal Amount { get; set; }

    public List<WorkOrderLineItemMessage>? LineItems { get; set; }
}
