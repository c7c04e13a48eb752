namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "WorkOrderMessage" schema (shared/buildium/openapi.json).
internal sealed class WorkOrderMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public WorkOrderTaskMessage? Task { get; set; }

    public string? Title { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? Priority { get; set; }

    public string? Status { get; set; }

    public string? WorkDetails { get; set; }

    public string? InvoiceNumber { get; set; }

    public string? ChargeableTo { get; set; }

    public string? EntryAllowed { get; set; }

    public string? EntryNotes { get; set; }

    public int? VendorId { get; set; }

    public string? VendorNotes { get; set; }

    public WorkOrderEntryContactMessage? EntryContact { get; set; }

    public List<WorkOrderEntryContactMessage>? EntryContacts { get; set; }

    public int? BillTransactionId { get; set; }

    public List<int>? BillTransactionIds { get; set; }

    public double? Amount { get; set; }

    public List<WorkOrderLineItemMessage>? LineItems { get; set; }
}
