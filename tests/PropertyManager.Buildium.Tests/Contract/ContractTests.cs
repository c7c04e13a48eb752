using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Tests.Infrastructure;

namespace PropertyManager.Buildium.Tests.Contract;

/// <summary>
/// The client against Buildium's published contract: every DTO matches its schema property for property,
/// and every request body and DTO round trip of a live flow against the emulator validates.
/// </summary>
public sealed class ContractTests
{
    private const string SkipReason = "shared/buildium/openapi.json was not found above the test output directory.";

    private static readonly JsonSerializerOptions s_json = BuildiumJson.CreateOptions();

    private static readonly Type[] s_dtoTypes = [.. typeof(BuildiumClient).Assembly.GetExportedTypes()
        .Where(t => t.IsClass && t.Name.EndsWith("Message", StringComparison.Ordinal) || t.Name is "ApiErrorResponse" or "ApiError")];

    [SkippableFact]
    public void Every_dto_has_exactly_the_properties_of_its_schema()
    {
        var document = OpenApiDocument.Instance;
        Skip.If(document is null, SkipReason);
        var problems = new List<string>();

        foreach (var type in s_dtoTypes)
        {
            if (!document.HasSchema(type.Name))
            {
                problems.Add($"{type.Name}: no schema of that name");
                continue;
            }

            var schemaProperties = document.Schema(type.Name).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
            var dtoProperties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(DtoSampler.JsonName).ToHashSet();
            problems.AddRange(schemaProperties.Except(dtoProperties).Select(p => $"{type.Name}: missing {p}"));
            problems.AddRange(dtoProperties.Except(schemaProperties).Select(p => $"{type.Name}: extra {p}"));
        }

        s_dtoTypes.Length.ShouldBeGreaterThan(100);
        problems.ShouldBeEmpty();
    }

    [SkippableFact]
    public void Every_dto_filled_in_full_serializes_to_its_schema()
    {
        var document = OpenApiDocument.Instance;
        Skip.If(document is null, SkipReason);
        var validator = new SchemaValidator(document.Schemas);
        var sampler = new DtoSampler(document);
        var problems = new List<string>();

        foreach (var type in s_dtoTypes)
        {
            var schema = document.Schema(type.Name);
            var json = JsonSerializer.SerializeToElement(sampler.Create(type, schema), type, s_json);
            problems.AddRange(validator.Validate(json, schema, type.Name));
        }

        problems.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task Requests_and_responses_of_a_live_flow_match_the_schemas()
    {
        var document = OpenApiDocument.Instance;
        Skip.If(document is null, SkipReason);
        await using var t = await BuildiumTestHost.StartAsync(client: c => c.ApiLog.MaxBodyChars = 100_000_000);

        await new ContractFlow(t).RunAsync();
        await t.StopAsync();

        var validator = new SchemaValidator(document.Schemas);
        var problems = new List<string>();
        var covered = new HashSet<string>();
        foreach (var call in t.Sink.Calls.Where(c => c.ResponseStatus is >= 200 and < 300 && c.Endpoint.StartsWith("/v1/", StringComparison.Ordinal)))
        {
            var operation = document.FindOperation(call.Method, call.Endpoint);
            if (operation is null)
            {
                problems.Add($"{call.Method} {call.Endpoint}: not in the OpenAPI document");
                continue;
            }

            covered.Add(operation.Key);
            if (call.RequestBody is not null)
            {
                using var body = JsonDocument.Parse(call.RequestBody);
                problems.AddRange(operation.Request is { } request
                    ? validator.Validate(body.RootElement, request, $"{operation.Key} request")
                    : [$"{operation.Key}: sent a body the operation does not take"]);
            }

            if (call.ResponseBody is not null && operation.Response is { } response)
            {
                problems.AddRange(CheckRoundTrip(call.ResponseBody, response, operation, document, validator));
            }
        }

        problems.ShouldBeEmpty();
        ContractFlow.Operations.Except(covered).ShouldBeEmpty("every endpoint the client uses is exercised");
    }

    private static IEnumerable<string> CheckRoundTrip(string body, JsonElement response, OpenApiOperation operation, OpenApiDocument document, SchemaValidator validator)
    {
        var name = OpenApiOperation.SchemaName(response, out var isArray);
        var type = s_dtoTypes.SingleOrDefault(t => t.Name == name);
        if (type is null)
        {
            yield return $"{operation.Key}: no DTO named {name}";
            yield break;
        }

        var dtoType = isArray ? typeof(List<>).MakeGenericType(type) : type;
        var dto = JsonSerializer.Deserialize(body, dtoType, s_json);
        var roundTrip = JsonSerializer.SerializeToElement(dto, dtoType, s_json);
        foreach (var error in validator.Validate(roundTrip, response, $"{operation.Key} response"))
        {
            yield return error;
        }

        using var raw = JsonDocument.Parse(body);
        foreach (var lost in Lost(raw.RootElement, roundTrip, response, document, operation.Key))
        {
            yield return lost;
        }
    }

    /// <summary>Schema properties present in the raw response but gone after the DTO round trip.</summary>
    private static IEnumerable<string> Lost(JsonElement raw, JsonElement roundTrip, JsonElement schema, OpenApiDocument document, string path)
    {
        schema = Resolve(schema, document);
        if (raw.ValueKind == JsonValueKind.Array && roundTrip.ValueKind == JsonValueKind.Array)
        {
            var items = schema.GetProperty("items");
            foreach (var (r, t) in raw.EnumerateArray().Zip(roundTrip.EnumerateArray()))
            {
                foreach (var lost in Lost(r, t, items, document, path + "[]"))
                {
                    yield return lost;
                }
            }
        }
        else if (raw.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in raw.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
            {
                if (!properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    continue;
                }

                if (roundTrip.ValueKind != JsonValueKind.Object || !roundTrip.TryGetProperty(property.Name, out var kept))
                {
                    yield return $"{path}.{property.Name}: lost in the DTO round trip";
                    continue;
                }

                foreach (var lost in Lost(property.Value, kept, propertySchema, document, $"{path}.{property.Name}"))
                {
                    yield return lost;
                }
            }
        }
        else if (raw.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
            && !JsonNode.DeepEquals(JsonNode.Parse(raw.GetRawText()), JsonNode.Parse(roundTrip.GetRawText()))
            && !(raw.ValueKind == JsonValueKind.Number && raw.GetDecimal() == roundTrip.GetDecimal())
            && !SameInstant(raw, roundTrip))
        {
            yield return $"{path}: {raw} became {roundTrip}";
        }
    }

    private static bool SameInstant(JsonElement raw, JsonElement roundTrip) =>
        raw.ValueKind == JsonValueKind.String && roundTrip.ValueKind == JsonValueKind.String
        && raw.TryGetDateTimeOffset(out var a) && roundTrip.TryGetDateTimeOffset(out var b) && a == b;

    private static JsonElement Resolve(JsonElement schema, OpenApiDocument document)
    {
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            schema = allOf[0];
        }

        return schema.TryGetProperty("$ref", out var reference) ? document.Schema(reference.GetString()!.Split('/')[^1]) : schema;
    }
}
