namespace PropertyManager.Data.Leases;

/// <summary>Buildium's lease statuses, stored in <c>"Lease".status</c>.</summary>
public static class LeaseStatuses
{
    public const string Active = "Active";
    public const string Past = "Past";
    public const string Future = "Future";
}
