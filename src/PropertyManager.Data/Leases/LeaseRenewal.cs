namespace PropertyManager.Data.Leases;

/// <summary>
/// A lease renewed here, as Buildium renews one: a new term from the day after the lease's current end to the new end,
/// with its own rent schedule. The lease's end date moves now and the term's schedule waits, without a Buildium id, as
/// a new lease's schedule does; one SaveChanges queues both and the sync sends them as one renewal POST.
/// </summary>
public static class LeaseRenewal
{
    /// <summary>The day the next term starts: the day after the current end, or null for a lease without one.</summary>
    public static DateOnly? TermStart(Lease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return lease.EndDate is { } end ? DateOnly.FromDateTime(end).AddDays(1) : null;
    }

    public static LeaseRent Apply(Lease lease, DateOnly newEnd, decimal rentAmount, string rentCycle, Guid rentGlAccountId, DateOnly? firstRentDue = null)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var start = TermStart(lease) ?? throw new InvalidOperationException("A lease without an end date has no term to renew.");
        if (newEnd < start)
        {
            throw new ArgumentOutOfRangeException(nameof(newEnd), newEnd, "A renewal ends after the lease's current end.");
        }

        var due = firstRentDue ?? start;
        var rent = new LeaseRent
        {
            LeaseId = lease.Id,
            RentCycle = rentCycle,
            StartDate = start,
            EndDate = newEnd,
            TotalAmount = rentAmount,
            Charges = [new LeaseRentCharge { GlAccountId = rentGlAccountId, Amount = rentAmount, Memo = "Rent", FirstChargeDate = due, DueOnDayOfTheMonth = due.Day }],
        };
        lease.EndDate = newEnd.ToDateTime(TimeOnly.MinValue);
        lease.Rents.Add(rent);
        return rent;
    }

    /// <summary>
    /// Whether a schedule not yet in Buildium is a renewal's: on a lease Buildium has, starting after the lease's start
    /// (a new lease's first schedule starts on its start and goes with the lease's POST).
    /// </summary>
    public static bool IsPendingTerm(LeaseRent rent, Lease lease)
    {
        ArgumentNullException.ThrowIfNull(rent);
        ArgumentNullException.ThrowIfNull(lease);
        return rent.BuildiumRentId is null && lease.BuildiumLeaseId is > 0
            && rent.StartDate is { } start && lease.StartDate is { } leaseStart && start > DateOnly.FromDateTime(leaseStart);
    }
}
