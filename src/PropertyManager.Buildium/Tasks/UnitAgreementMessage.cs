using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>UnitAgreementMessage</c> (read shape).</summary>
public sealed class UnitAgreementMessage
{
    public int Id { get; set; }

    public BuildiumEnumValue<UnitAgreementType> Type { get; set; }

    public string? Href { get; set; }
}
