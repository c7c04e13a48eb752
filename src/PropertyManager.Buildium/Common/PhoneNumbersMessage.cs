namespace PropertyManager.Buildium.Common;

/// <summary>Buildium <c>PhoneNumbersMessage</c> (read shape).</summary>
public sealed class PhoneNumbersMessage
{
    public string? Home { get; set; }

    public string? Work { get; set; }

    public string? Mobile { get; set; }

    public string? Fax { get; set; }
}
