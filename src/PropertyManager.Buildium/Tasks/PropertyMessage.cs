using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>PropertyMessage</c> (read shape).</summary>
public sealed class PropertyMessage
{
    public int Id { get; set; }

    public BuildiumEnumValue<TaskPropertyType> Type { get; set; }

    public string? Href { get; set; }
}
