namespace PropertyManager.Data.Leases;

/// <summary>A lease's rent schedule (table <c>lease_rents</c>): how often rent is charged, from when, and its charges.</summary>
public sealed class LeaseRent
{
    public Guid Id { get; set; }
    public long LeaseId { get; set; }
    public int? BuildiumRentId { get; set; }
    /// <summary>Buildium's rent cycle: Monthly, Weekly, Every2Weeks, Quarterly, Yearly...</summary>
    public string? RentCycle { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    /// <summary>The sum of the charges, per cycle.</summary>
    public decimal TotalAmount { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public Lease? Lease { get; set; }
    public List<LeaseRentCharge> Charges { get; set; } = [];
}
