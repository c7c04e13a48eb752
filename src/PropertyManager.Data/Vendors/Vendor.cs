using PropertyManager.Data.Bills;

namespace PropertyManager.Data.Vendors;

/// <summary>A vendor (table <c>vendors</c>).</summary>
public sealed class Vendor
{
    public Guid Id { get; set; }
    public int? BuildiumVendorId { get; set; }
    public string? Name { get; set; }
    /// <summary>The Buildium id of the vendor's category (<see cref="VendorCategory.BuildiumCategoryId"/>).</summary>
    public int? CategoryId { get; set; }
    public string? ContactName { get; set; }
    public string? Email { get; set; }
    public string? PhoneNumber { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
    public string? Country { get; set; }
    public string? TaxId { get; set; }
    public string? Notes { get; set; }
    public bool? IsActive { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public List<Bill> Bills { get; set; } = [];
}
