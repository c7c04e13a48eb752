namespace PropertyManager.Data.Owners;

/// <summary>A denormalised owner row for fast lists (table <c>owners_list_cache</c>).</summary>
public sealed class OwnersListCacheEntry
{
    public Guid OwnerId { get; set; }
    public long? ContactId { get; set; }
    public string? DisplayName { get; set; }
    public string? PrimaryEmail { get; set; }
    public string? PrimaryPhone { get; set; }
    public DateOnly? ManagementAgreementStartDate { get; set; }
    public DateOnly? ManagementAgreementEndDate { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
