using PropertyManager.Data.Properties;

namespace PropertyManager.Data.Owners;

/// <summary>An owner's share of a property (table <c>ownership</c>).</summary>
public sealed class Ownership
{
    public Guid Id { get; set; }
    public bool? Primary { get; set; }
    public decimal? OwnershipPercentage { get; set; }
    public decimal? DisbursementPercentage { get; set; }
    public string? OwnerName { get; set; }
    public Guid? OwnerId { get; set; }
    public Guid? PropertyId { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public Owner? Owner { get; set; }
    public Property? Property { get; set; }
}
