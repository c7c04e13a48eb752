using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseLedgerPaymentLineSaveMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseLedgerPaymentLineSaveMessage
{
    [Required]
    public double? Amount { get; set; }

    [Required]
    public int? GLAccountId { get; set; }
}
