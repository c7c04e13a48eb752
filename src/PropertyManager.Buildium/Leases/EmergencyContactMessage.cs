namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>EmergencyContactMessage</c> (read shape).</summary>
public sealed class EmergencyContactMessage
{
    public string? Name { get; set; }

    public string? RelationshipDescription { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }
}
