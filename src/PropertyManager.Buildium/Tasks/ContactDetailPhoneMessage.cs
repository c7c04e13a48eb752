namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>ContactDetailPhoneMessage</c> (read shape).</summary>
public sealed class ContactDetailPhoneMessage
{
    public string? Home { get; set; }

    public string? Work { get; set; }

    public string? Mobile { get; set; }
}
