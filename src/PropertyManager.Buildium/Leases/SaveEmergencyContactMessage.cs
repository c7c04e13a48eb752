namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>SaveEmergencyContactMessage</c> (write shape).</summary>
public sealed class SaveEmergencyContactMessage
{
    public string? Name { get; set; }

    public string? RelationshipDescription { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }
}
