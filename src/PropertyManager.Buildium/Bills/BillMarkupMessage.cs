using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillMarkupMessage</c> (read shape).</summary>
public sealed class BillMarkupMessage
{
    public decimal Amount { get; set; }

    public BuildiumEnumValue<MarkupType> Type { get; set; }
}
