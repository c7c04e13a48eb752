using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>ChargeRecurringTransactionPutMessage</c> (write shape): a recurring charge a renewal changes.</summary>
public sealed class ChargeRecurringTransactionPutMessage
{
    public required int Id { get; set; }

    public required int GLAccountId { get; set; }

    public required decimal Amount { get; set; }

    public string? Memo { get; set; }

    public required DateOnly FirstOccurrenceDate { get; set; }

    public required int PostDaysInAdvance { get; set; }

    public required BuildiumEnumValue<RentCycle> Frequency { get; set; }

    public BuildiumEnumValue<RecurringChargeDuration>? Duration { get; set; }

    public int? NumberOfOccurrences { get; set; }
}
