namespace PropertyManager.Tests.Schema;

/// <summary>
/// A column as <c>information_schema.columns</c> reports it: <paramref name="DataType"/> is <c>data_type</c>
/// (<c>ARRAY</c> for array columns, whose element type the conformance test checks through <c>udt_name</c>),
/// <paramref name="MaxLength"/> is <c>character_maximum_length</c>, <paramref name="Precision"/> and
/// <paramref name="Scale"/> are <c>numeric_precision</c>/<c>numeric_scale</c> for numerics declared with them, and
/// <paramref name="NotNull"/> is <c>is_nullable = 'NO'</c>.
/// </summary>
public sealed record ExpectedColumn(
    string Name,
    string DataType,
    int? MaxLength = null,
    int? Precision = null,
    int? Scale = null,
    bool NotNull = false);
