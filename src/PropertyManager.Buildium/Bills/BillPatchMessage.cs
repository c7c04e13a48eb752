namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillPatchMessage</c> (write shape).</summary>
public sealed class BillPatchMessage
{
    public DateOnly? Date { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? Memo { get; set; }

    public int? VendorId { get; set; }

    public string? ReferenceNumber { get; set; }

    public List<BillLineItemPatchMessage>? Lines { get; set; }
}
