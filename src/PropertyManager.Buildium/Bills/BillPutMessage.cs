namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillPutMessage</c> (write shape).</summary>
public sealed class BillPutMessage
{
    public required DateOnly Date { get; set; }

    public required DateOnly DueDate { get; set; }

    public string? Memo { get; set; }

    public required int VendorId { get; set; }

    public string? ReferenceNumber { get; set; }

    public List<BillLinePutMessage>? Lines { get; set; }
}
