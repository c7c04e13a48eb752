using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.Rentals;

/// <summary>Buildium <c>PropertyManagerMessage</c> (read shape).</summary>
public sealed class PropertyManagerMessage
{
    public int Id { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? CompanyName { get; set; }

    public bool IsCompany { get; set; }

    public string? ProfilePhotoUrl { get; set; }

    public string? Email { get; set; }

    public List<PhoneNumberMessage>? PhoneNumbers { get; set; }
}
