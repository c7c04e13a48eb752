using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillPutMessage" schema (shared/buildium/openapi.json).
internal sealed class BillPutMessage
{
    [Required]
    public DateOnly? Date { get; set; }

    [Required]
    public DateOnly? DueDate { get; set; }

    [MaxLength(245)]
    public string? Memo { get; set; }

    [Required]
    public int? VendorId { get; set; }

    [MaxLength(40)]
    public string? ReferenceNumber { get; set; }

    public List<BillLinePutMessage>? Lines { get; set; }
}
