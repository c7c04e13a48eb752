using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.GeneralLedger;

/// <summary>Buildium <c>PaymentDetailMessage</c> (read shape).</summary>
public sealed class PaymentDetailMessage
{
    public BuildiumEnumValue<PaymentMethod> PaymentMethod { get; set; }

    public PayeeMessage? Payee { get; set; }

    public bool IsInternalTransaction { get; set; }

    public InternalTransactionStatusMessage? InternalTransactionStatus { get; set; }
}
