namespace PropertyManager.Buildium.Schema;

/// <summary>
/// One property of a Buildium request message as <c>openapi.json</c> describes it: required, its JSON type and format,
/// its length limits (from the schema or the "cannot exceed N characters" of its description), its enumeration
/// values, and the message it nests (<see cref="Message"/>) when it is an object or an array of objects.
/// </summary>
public sealed record RequestField(
    string Name,
    bool Required,
    string Type,
    string? Format,
    int? MinLength,
    int? MaxLength,
    IReadOnlyList<string>? Values,
    string? Message);
