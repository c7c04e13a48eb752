using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Files;

/// <summary>Buildium <c>FileEntityMessage</c> (read shape).</summary>
public sealed class FileEntityMessage
{
    public int? Id { get; set; }

    public BuildiumEnumValue<FileEntityType> EntityType { get; set; }

    public string? Href { get; set; }
}
