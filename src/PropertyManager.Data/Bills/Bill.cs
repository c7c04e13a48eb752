using System.Text.Json;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Units;
using PropertyManager.Data.Vendors;

namespace PropertyManager.Data.Bills;

/// <summary>A vendor bill (table <c>bills</c>).</summary>
public sealed class Bill
{
    public Guid Id { get; set; }
    public int? BuildiumBillId { get; set; }
    public Guid? VendorId { get; set; }
    public Guid? PropertyId { get; set; }
    public Guid? UnitId { get; set; }
    public DateOnly? Date { get; set; }
    public DateOnly? DueDate { get; set; }
    public decimal? Amount { get; set; }
    public string? Description { get; set; }
    public string? ReferenceNumber { get; set; }
    /// <summary>The Buildium id of the bill's category (<see cref="BillCategory.BuildiumCategoryId"/>).</summary>
    public int? CategoryId { get; set; }
    public bool? IsRecurring { get; set; }
    public JsonDocument? RecurringSchedule { get; set; }
    /// <summary>One of <see cref="BillStatuses"/>.</summary>
    public string? Status { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public Vendor? Vendor { get; set; }
    public Property? Property { get; set; }
    public Unit? Unit { get; set; }
    public List<BillPayment> Payments { get; set; } = [];
}
