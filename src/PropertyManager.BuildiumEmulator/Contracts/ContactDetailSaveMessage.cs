using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "ContactDetailSaveMessage" schema (shared/buildium/openapi.json).
internal sealed class ContactDetailSaveMessage
{
    [Required]
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public ContactDetailSavePhoneMessage? PhoneNumbers { get; set; }
}
