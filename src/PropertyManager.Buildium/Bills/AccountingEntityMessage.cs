using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>AccountingEntityMessage</c> (read shape).</summary>
public sealed class AccountingEntityMessage
{
    public int Id { get; set; }

    public BuildiumEnumValue<AccountingEntityType> AccountingEntityType { get; set; }

    public string? Href { get; set; }

    public UnitEntityMessage? Unit { get; set; }
}
