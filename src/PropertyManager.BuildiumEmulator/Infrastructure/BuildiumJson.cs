using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>Buildium's wire format: PascalCase names, enums as strings, nulls written, dates as yyyy-MM-dd.</summary>
internal static class BuildiumJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
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
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
