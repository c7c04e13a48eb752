using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.WorkOrders;

/// <summary>Buildium <c>WorkOrderPutMessage</c> (write shape).</summary>
public sealed class WorkOrderPutMessage
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
}
