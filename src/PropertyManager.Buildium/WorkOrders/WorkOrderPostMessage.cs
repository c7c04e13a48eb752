using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.WorkOrders;

/// <summary>Buildium <c>WorkOrderPostMessage</c> (write shape).</summary>
public sealed class WorkOrderPostMessage
{
    public string? Title { get; set; }

    public string? WorkDetails { get; set; }

    public string? InvoiceNumber { get; set; }

    public string? ChargeableTo { get; set; }

    public required BuildiumEnumValue<EntryAllowed> EntryAllowed { get; set; }

    public string? EntryNotes { get; set; }

    public required int VendorId { get; set; }

    public string? VendorNotes { get; set; }

    public int? EntryContactId { get; set; }

    public List<int>? EntryContactIds { get; set; }

    public List<WorkOrderLineItemSaveMessage>? LineItems { get; set; }

    public int? TaskId { get; set; }

    public WorkOrderTaskPostMessage? Task { get; set; }
}
