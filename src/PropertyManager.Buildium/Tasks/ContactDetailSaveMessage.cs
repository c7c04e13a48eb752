namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>ContactDetailSaveMessage</c> (write shape).</summary>
public sealed class ContactDetailSaveMessage
{
    public required string FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public ContactDetailSavePhoneMessage? PhoneNumbers { get; set; }
}
