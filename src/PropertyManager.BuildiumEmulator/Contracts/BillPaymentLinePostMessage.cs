using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillPaymentLinePostMessage" schema (shared/buildium/openapi.json).
internal sealed class BillPaymentLinePostMessage
{
    [Required]
    public int? BillLineId { get; set; }

    [Required]
    public double? Amount { get; set; }
}
