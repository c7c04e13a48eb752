using System.Text.Json;

namespace PropertyManager.Buildium.Json;

/// <summary>
/// Singleton holder of the client's <see cref="JsonSerializerOptions"/>; options cache metadata per
/// instance, so creating them per typed-client instance would be slow.
/// </summary>
public sealed class BuildiumSerializer
{
    public BuildiumSerializer(UnknownEnumValueLog unknownEnumValues)
    {
        Options = BuildiumJson.CreateOptions(unknownEnumValues);
    }

    public JsonSerializerOptions Options { get; }
}
