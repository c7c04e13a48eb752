using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Tasks;

namespace PropertyManager.Buildium.GeneralLedger;

/// <summary>
/// Buildium <c>GeneralLedgerTransactionMessage</c> (read shape). A bill is a transaction of type <c>Bill</c> whose id
/// is the bill's id; a bill payment is a transaction paid to a vendor (<c>PaymentDetail.Payee</c>).
/// </summary>
public sealed class GeneralLedgerTransactionMessage
{
    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public BuildiumEnumValue<TransactionType> TransactionType { get; set; }

    public decimal TotalAmount { get; set; }

    public string? CheckNumber { get; set; }

    public UnitAgreementMessage? UnitAgreement { get; set; }

    public int? UnitId { get; set; }

    public string? UnitNumber { get; set; }

    public PaymentDetailMessage? PaymentDetail { get; set; }

    public DepositDetailMessage? DepositDetails { get; set; }

    public ApplicationReferenceMessage? Application { get; set; }

    public GeneralLedgerJournalMessage? Journal { get; set; }

    public DateTimeOffset LastUpdatedDateTime { get; set; }
}
