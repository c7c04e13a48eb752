namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>
/// Copies a rent schedule as read into the full PUT message. A charge's next due date is not in the read shape; its
/// first charge date stands in for it, which Buildium takes as the start of the cycle.
/// </summary>
public static class RentMapping
{
    public static RentSchedulePutMessage ToPutMessage(this LeaseRentMessage rent)
    {
        ArgumentNullException.ThrowIfNull(rent);
        return new RentSchedulePutMessage
        {
            RentCycle = rent.RentCycle.Known is { } cycle && Enum.TryParse<RentScheduleCycle>(cycle.ToString(), out var writable)
                ? writable
                : throw new InvalidOperationException($"Rent {rent.Id} has the cycle '{rent.RentCycle.Value}', which a rent schedule PUT cannot carry."),
            BackdateCharges = false,
            Charges = [.. (rent.Charges ?? []).Select(c => new RentScheduleChargePutMessage
            {
                GlAccountId = c.GLAccountId,
                Amount = c.Amount,
                Memo = c.Memo,
                PostDaysInAdvance = c.PostDaysInAdvance,
                NextDueDate = c.FirstChargeDate ?? rent.StartDate
                    ?? throw new InvalidOperationException($"Rent {rent.Id} has a charge without a date, which the PUT requires."),
            })],
        };
    }
}
