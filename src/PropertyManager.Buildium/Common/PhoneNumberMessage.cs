using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Common;

/// <summary>Buildium <c>PhoneNumberMessage</c> (read shape).</summary>
public sealed class PhoneNumberMessage
{
    public string? Number { get; set; }

    public BuildiumEnumValue<PhoneNumberType> Type { get; set; }
}
