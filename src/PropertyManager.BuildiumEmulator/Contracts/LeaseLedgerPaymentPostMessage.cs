using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseLedgerPaymentPostMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseLedgerPaymentPostMessage
{
    [Required]
    public DateOnly? Date { get; set; }

    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.PaymentMethod))]
    public string? PaymentMethod { get; set; }

    public int? PayeeUserId { get; set; }

    [MaxLength(65)]
    public string? Memo { get; set; }

    [MaxLength(30)]
    public string? ReferenceNumber { get; set; }

    [Required]
    public bool? SendEmailReceipt { get; set; }

    [Required]
    public List<LeaseLedgerPaymentLineSaveMessage>? Lines { get; set; }
}
