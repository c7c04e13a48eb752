namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillMessage" schema (shared/buildium/openapi.json).
internal sealed class BillMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public DateOnly? Date { get; set; }

    public DateOnly? DueDate { get; set; }

    public DateOnly? PaidDate { get; set; }

    public string? Memo { get; set; }

    public int? VendorId { get; set; }

    public int? WorkOrderId { get; set; }

    public string? ReferenceNumber { get; set; }

    public string? ApprovalStatus { get; set; }

    public List<BillLineMessage>? Lines { get; set; }
}
