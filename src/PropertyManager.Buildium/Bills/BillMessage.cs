using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillMessage</c> (read shape).</summary>
public sealed class BillMessage
{
    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public DateOnly DueDate { get; set; }

    public DateOnly? PaidDate { get; set; }

    public string? Memo { get; set; }

    public int VendorId { get; set; }

    public int? WorkOrderId { get; set; }

    public string? ReferenceNumber { get; set; }

    public BuildiumEnumValue<BillApprovalStatus> ApprovalStatus { get; set; }

    public List<BillLineMessage>? Lines { get; set; }
}
