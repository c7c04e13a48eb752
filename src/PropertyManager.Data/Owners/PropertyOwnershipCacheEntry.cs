namespace PropertyManager.Data.Owners;

/// <summary>A denormalised ownership row for property pages (table <c>property_ownerships_cache</c>).</summary>
public sealed class PropertyOwnershipCacheEntry
{
    public Guid OwnershipId { get; set; }
    public Guid? PropertyId { get; set; }
    public Guid? OwnerId { get; set; }
    public long? ContactId { get; set; }
    public string? DisplayName { get; set; }
    public string? PrimaryEmail { get; set; }
    public bool? Primary { get; set; }
    public decimal? OwnershipPercentage { get; set; }
    public decimal? DisbursementPercentage { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
