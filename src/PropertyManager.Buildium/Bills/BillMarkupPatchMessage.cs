using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillMarkupPatchMessage</c> (write shape).</summary>
public sealed class BillMarkupPatchMessage
{
    public decimal? Amount { get; set; }

    public BuildiumEnumValue<MarkupType>? Type { get; set; }
}
