using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillPatchMessage" schema (shared/buildium/openapi.json).
internal sealed class BillPatchMessage
{
    public DateOnly? Date { get; set; }

    public DateOnly? DueDate { get; set; }

    [MaxLength(245)]
    public string? Memo { get; set; }

    public int? VendorId { get; set; }

    [MaxLength(40)]
    public string? ReferenceNumber { get; set; }

    public List<BillLineItemPatchMessage>? Lines { get; set; }
}
