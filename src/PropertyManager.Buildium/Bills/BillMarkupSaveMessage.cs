using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillMarkupSaveMessage</c> (write shape).</summary>
public sealed class BillMarkupSaveMessage
{
    public required decimal Amount { get; set; }

    public required BuildiumEnumValue<MarkupType> Type { get; set; }
}
