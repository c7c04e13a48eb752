namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>ContactDetailMessage</c> (read shape).</summary>
public sealed class ContactDetailMessage
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public ContactDetailPhoneMessage? PhoneNumbers { get; set; }
}
