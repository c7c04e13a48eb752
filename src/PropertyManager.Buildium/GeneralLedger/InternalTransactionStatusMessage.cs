namespace PropertyManager.Buildium.GeneralLedger;

/// <summary>Buildium <c>InternalTransactionStatusMessage</c> (read shape).</summary>
public sealed class InternalTransactionStatusMessage
{
    public bool IsPending { get; set; }

    public DateOnly? ResultDate { get; set; }

    public string? ResultCode { get; set; }
}
