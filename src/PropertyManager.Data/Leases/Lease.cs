using PropertyManager.Data.Properties;
using PropertyManager.Data.Tenants;
using PropertyManager.Data.Units;

namespace PropertyManager.Data.Leases;

/// <summary>
/// A lease (table <c>"Lease"</c>). The documented table keeps camelCase columns, a bigserial id and
/// timestamps without time zone; existing databases look like that, so the mapping follows it.
/// </summary>
public sealed class Lease
{
    public long Id { get; set; }
    public Guid? PropertyId { get; set; }
    public Guid? UnitId { get; set; }
    public DateTime? StartDate { get; set; }
    public DateTime? EndDate { get; set; }
    /// <summary>One of <see cref="LeaseStatuses"/>.</summary>
    public string? Status { get; set; }
    public decimal? DepositAmt { get; set; }
    public string? Notes { get; set; }
    public int? BuildiumLeaseId { get; set; }
    /// <summary>UTC wall-clock time.</summary>
    public DateTime? CreatedAt { get; set; }
    /// <summary>UTC wall-clock time.</summary>
    public DateTime? UpdatedAt { get; set; }

    public Property? Property { get; set; }
    public Unit? Unit { get; set; }

    // Beside the documented table (issue 15): who lives there, what they pay, what they owe.
    public List<LeaseTenant> Tenants { get; set; } = [];
    public List<LeaseRent> Rents { get; set; } = [];
    public List<LeaseTransaction> Transactions { get; set; } = [];
    public LeaseBalance? Balance { get; set; }
}
