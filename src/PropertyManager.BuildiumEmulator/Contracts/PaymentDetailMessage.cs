namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "PaymentDetailMessage" schema (shared/buildium/openapi.json); shapes the emulator never fills (typed object) are always null.
internal sealed class PaymentDetailMessage
{
    public string? PaymentMethod { get; set; }

    public PayeeMessage? Payee { get; set; }

    public bool? IsInternalTransaction { get; set; }

    public object? InternalTransactionStatus { get; set; }
}
