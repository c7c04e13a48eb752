using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>LeaseLedgerPaymentPostMessage</c> (write shape): a payment received on a lease.</summary>
public sealed class LeaseLedgerPaymentPostMessage
{
    public required DateOnly Date { get; set; }

    public required BuildiumEnumValue<PaymentMethod> PaymentMethod { get; set; }

    /// <summary>The paying tenant's id.</summary>
    public int? PayeeUserId { get; set; }

    public string? Memo { get; set; }

    public string? ReferenceNumber { get; set; }

    public required bool SendEmailReceipt { get; set; }

    public required List<LeaseLedgerPaymentLineSaveMessage> Lines { get; set; }
}
