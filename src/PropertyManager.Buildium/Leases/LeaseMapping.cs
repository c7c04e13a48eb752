namespace PropertyManager.Buildium.Leases;

/// <summary>Copies a lease as read into the (small) PUT message; rent and tenants change through sub-resources.</summary>
public static class LeaseMapping
{
    public static LeasePutMessage ToPutMessage(this LeaseMessage lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return new LeasePutMessage
        {
            LeaseType = lease.LeaseType,
            UnitId = lease.UnitId,
            LeaseFromDate = lease.LeaseFromDate
                ?? throw new InvalidOperationException($"Lease {lease.Id} has no LeaseFromDate, which the PUT requires."),
            LeaseToDate = lease.LeaseToDate,
            IsEvictionPending = lease.IsEvictionPending,
            AutomaticallyMoveOutTenants = lease.AutomaticallyMoveOutTenants,
        };
    }
}
