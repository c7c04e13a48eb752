using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillPostMessage" schema (shared/buildium/openapi.json).
internal sealed class BillPostMessage
{
    [Required]
    public DateOnly? Date { get; set; }

    [Required]
    public DateOnly? DueDate { get; set; }

    [MaxLength(245)]
    public string? Memo { get; set; }

    [Required]
    public int? VendorId { get; set; }

    public int? WorkOrderId { get; set; }

    [MaxLength(40)]
    public string? ReferenceNumber { get; set; }

    [Required]
    public List<BillLinePostMessage>? Lines { get; set; }
}
