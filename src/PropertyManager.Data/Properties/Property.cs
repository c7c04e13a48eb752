using PropertyManager.Data.Bills;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Units;
using PropertyManager.Data.WorkOrders;

namespace PropertyManager.Data.Properties;

/// <summary>A rental property (table <c>properties</c>).</summary>
public sealed class Property
{
    public Guid Id { get; set; }
    public string? Name { get; set; }
    public string? StructureDescription { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? AddressLine3 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
    public string? Country { get; set; }
    public int? BuildiumPropertyId { get; set; }
    public string? RentalSubType { get; set; }
    public int[]? RentalOwnerIds { get; set; }
    public Guid? OperatingBankAccountId { get; set; }
    public decimal? Reserve { get; set; }
    public int? YearBuilt { get; set; }
    /// <summary>One of <see cref="PropertyStatuses"/>.</summary>
    public string? Status { get; set; }
    public int? TotalUnits { get; set; }
    public string? PropertyType { get; set; }
    public int? SquareFootage { get; set; }
    public int? Bedrooms { get; set; }
    public decimal? Bathrooms { get; set; }
    public bool? IsActive { get; set; }
    public DateTimeOffset? BuildiumCreatedAt { get; set; }
    public DateTimeOffset? BuildiumUpdatedAt { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public List<Unit> Units { get; set; } = [];
    public List<Ownership> Ownerships { get; set; } = [];
    public List<Lease> Leases { get; set; } = [];
    public List<Bill> Bills { get; set; } = [];
    public List<MaintenanceTask> Tasks { get; set; } = [];
    public List<WorkOrder> WorkOrders { get; set; } = [];
}
