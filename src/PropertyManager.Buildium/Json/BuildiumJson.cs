using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyManager.Buildium.Json;

/// <summary>The serializer settings Buildium needs: PascalCase names as declared, enums as strings, nulls omitted.</summary>
public static class BuildiumJson
{
    /// <summary>
    /// Creates the options the client uses on the wire. Nulls are omitted because Buildium treats an
    /// omitted field and a null the same on PUT, and PATCH needs omission to mean "unchanged".
    /// </summary>
    public static JsonSerializerOptions CreateOptions(UnknownEnumValueLog? unknownValues = null)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new BuildiumEnumConverterFactory(unknownValues));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
