using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>ChargeRecurringTransactionPostMessage</c> (write shape): a recurring charge a renewal creates.</summary>
public sealed class ChargeRecurringTransactionPostMessage
{
    public required int GLAccountId { get; set; }

    public required decimal Amount { get; set; }

    public string? Memo { get; set; }

    public required DateOnly FirstOccurrenceDate { get; set; }

    public required int PostDaysInAdvance { get; set; }

    public required BuildiumEnumValue<RentCycle> Frequency { get; set; }

    public BuildiumEnumValue<RecurringChargeDuration>? Duration { get; set; }

    public int? NumberOfOccurrences { get; set; }
}
