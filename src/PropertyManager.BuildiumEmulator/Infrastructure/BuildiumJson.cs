using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>
/// Buildium's wire format: PascalCase names, enums as strings, nulls written, dates as yyyy-MM-dd. <see cref="Options"/>
/// is what the API writes and reads: write-only fields (<see cref="WriteOnlyAttribute"/>) are read from requests but never
/// written to responses. <see cref="StoreOptions"/> keeps them, for copies of stored records and the admin's stored view.
/// </summary>
internal static class BuildiumJson
{
    public static JsonSerializerOptions Options { get; } = Create(hideWriteOnly: true);

    public static JsonSerializerOptions StoreOptions { get; } = Create(hideWriteOnly: false);

    private static JsonSerializerOptions Create(bool hideWriteOnly)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = null,
            // Buildium's ASP.NET binder matches names case-insensitively (ExpenseGlAccountId vs ExpenseGLAccountId).
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            NumberHandling = JsonNumberHandling.Strict,

            // Plain apostrophes and ampersands, as Buildium's serializer writes them (this is not HTML).
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        if (hideWriteOnly)
        {
            options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { HideWriteOnly } };
        }

        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static void HideWriteOnly(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.AttributeProvider?.IsDefined(typeof(WriteOnlyAttribute), inherit: false) == true)
            {
                property.ShouldSerialize = static (_, _) => false;
            }
        }
    }
}
