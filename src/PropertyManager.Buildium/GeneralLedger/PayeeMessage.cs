using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.GeneralLedger;

/// <summary>Buildium <c>PayeeMessage</c> (read shape).</summary>
public sealed class PayeeMessage
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public BuildiumEnumValue<PayeeType> Type { get; set; }

    public string? Href { get; set; }
}
