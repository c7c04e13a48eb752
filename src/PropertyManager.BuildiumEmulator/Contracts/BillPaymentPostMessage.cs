using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillPaymentPostMessage" schema (shared/buildium/openapi.json).
internal sealed class BillPaymentPostMessage
{
    [Required]
    public int? BankAccountId { get; set; }

    [Required]
    public DateOnly? EntryDate { get; set; }

    [MaxLength(240)]
    public string? Memo { get; set; }

    [MaxLength(30)]
    public string? CheckNumber { get; set; }

    [Required]
    public List<BillPaymentLinePostMessage>? Lines { get; set; }

    public List<int>? VendorCreditIds { get; set; }
}
