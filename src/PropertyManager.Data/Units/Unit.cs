using PropertyManager.Data.Bills;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.WorkOrders;

namespace PropertyManager.Data.Units;

/// <summary>A rentable unit of a property (table <c>units</c>).</summary>
public sealed class Unit
{
    public Guid Id { get; set; }
    public Guid? PropertyId { get; set; }
    public string? UnitNumber { get; set; }
    public int? UnitSize { get; set; }
    public decimal? MarketRent { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? AddressLine3 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
    public string? Country { get; set; }
    /// <summary>Buildium's <c>UnitBedrooms</c> name, e.g. <c>TwoBed</c>.</summary>
    public string? UnitBedrooms { get; set; }
    /// <summary>Buildium's <c>UnitBathrooms</c> name, e.g. <c>OnePointFiveBath</c>.</summary>
    public string? UnitBathrooms { get; set; }
    public string? Description { get; set; }
    public int? BuildiumUnitId { get; set; }
    public string? UnitType { get; set; }
    public int? SquareFootage { get; set; }
    public bool? IsActive { get; set; }
    public DateTimeOffset? BuildiumCreatedAt { get; set; }
    public DateTimeOffset? BuildiumUpdatedAt { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public Property? Property { get; set; }
    public List<Lease> Leases { get; set; } = [];
    public List<Bill> Bills { get; set; } = [];
    public List<MaintenanceTask> Tasks { get; set; } = [];
    public List<WorkOrder> WorkOrders { get; set; } = [];
}
