using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyManager.Buildium.Json;

/// <summary>Creates <see cref="BuildiumEnumConverter{TEnum}"/> instances; reports unknown names when given a log.</summary>
public sealed class BuildiumEnumConverterFactory : JsonConverterFactory
{
    private readonly UnknownEnumValueLog? _unknownValues;

    public BuildiumEnumConverterFactory()
    {
    }

    public BuildiumEnumConverterFactory(UnknownEnumValueLog? unknownValues)
    {
        _unknownValues = unknownValues;
    }

    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(BuildiumEnumValue<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var enumType = typeToConvert.GetGenericArguments()[0];
        var converterType = typeof(BuildiumEnumConverter<>).MakeGenericType(enumType);
        return (JsonConverter)Activator.CreateInstance(converterType, _unknownValues)!;
    }
}
