namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>ContactDetailSavePhoneMessage</c> (write shape).</summary>
public sealed class ContactDetailSavePhoneMessage
{
    public string? Home { get; set; }

    public string? Work { get; set; }

    public string? Mobile { get; set; }
}
