namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Copies a charge as read into the full PUT message (a line's reference number is not in the read shape, so it is not kept).</summary>
public static class LeaseChargeMapping
{
    public static LeaseChargePutMessage ToPutMessage(this LeaseChargeMessage charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        return new LeaseChargePutMessage
        {
            Date = charge.Date,
            Memo = charge.Memo,
            Lines = [.. (charge.Lines ?? []).Select(l => new LeaseChargeLineSaveMessage { Amount = l.Amount, GLAccountId = l.GLAccountId })],
        };
    }
}
