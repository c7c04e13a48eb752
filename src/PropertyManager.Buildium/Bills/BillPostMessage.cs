namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillPostMessage</c> (write shape).</summary>
public sealed class BillPostMessage
{
    public required DateOnly Date { get; set; }

    public required DateOnly DueDate { get; set; }

    public string? Memo { get; set; }

    public required int VendorId { get; set; }

    public int? WorkOrderId { get; set; }

    public string? ReferenceNumber { get; set; }

    public required List<BillLinePostMessage> Lines { get; set; }
}
