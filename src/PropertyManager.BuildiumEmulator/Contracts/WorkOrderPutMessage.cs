using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "WorkOrderPutMessage" schema (shared/buildium/openapi.json).
internal sealed class WorkOrderPutMessage
{
    [MaxLength(127)]
    public string? Title { get; set; }

    [MaxLength(65535)]
    public string? WorkDetails { get; set; }

    [MaxLength(50)]
    public string? InvoiceNumber { get; set; }

    [MaxLength(100)]
    public string? ChargeableTo { get; set; }

    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.EntryAllowed))]
    public string? EntryAllowed { get; set; }

    [MaxLength(65535)]
    public string? EntryNotes { get; set; }

    [Required]
    public int? VendorId { get; set; }

    [MaxLength(65535)]
    public string? VendorNotes { get; set; }

    public int? EntryContactId { get; set; }

    public List<int>? EntryContactIds { get; set; }

    public List<WorkOrderLineItemSaveMessage>? LineItems { get; set; }
}
