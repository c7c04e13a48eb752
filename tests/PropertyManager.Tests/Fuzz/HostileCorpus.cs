using System.Text;

namespace PropertyManager.Tests.Fuzz;

/// <summary>
/// Hostile values for a form field, query parameter or route value, already percent-encoded as they travel (so invalid
/// UTF-8 and UTF-16 surrogates reach the server as raw bytes, as a crafted request would send them). Every key gets the
/// values that attack the transport; then those that attack the type it binds to (a Guid gets forged and empty ids, a
/// date the year 9999, a number overflows); then one extra value chosen by the key's name, deterministically, so a
/// failure reproduces and between the keys every extra value is sent.
/// </summary>
public static class HostileCorpus
{
    /// <summary>One hostile value: what it is and how it travels; <see cref="Repeat"/> sends the key more than once (an array).</summary>
    public sealed record Value(string Name, string Encoded, int Repeat = 1)
    {
        /// <summary>The pairs of a query string or form body that carry this value as <paramref name="key"/>.</summary>
        public string Pairs(string key)
        {
            var name = Uri.EscapeDataString(key);
            return string.Join('&', Enumerable.Range(0, Repeat).Select(i => $"{name}={(i == 0 ? Encoded : Escape("other-" + i))}"));
        }
    }

    /// <summary>Sent to every key whatever it binds to.</summary>
    public static IReadOnlyList<Value> Transport { get; } =
    [
        Text("empty", ""),
        new("invalid UTF-8", "%FF%FE%C3%28"),
        new("lone UTF-16 surrogate", "a%ED%A0%80b"),
        Text("NUL", "a\u0000b"),
        Text("10k characters", new string('x', 10_000)),
        new("duplicated key", Escape("1"), Repeat: 3),
    ];

    /// <summary>Text is where pages parse for themselves (a free-text category, a date typed as text): the lot.</summary>
    public static IReadOnlyList<Value> ForText { get; } =
    [
        Text("whitespace", " \t \u00a0\u3000 "),
        Text("RTL and zero-width", "\u202Egnp.exe\u200B\u200D\uFEFF"),
        Text("SQL injection", "'; DROP TABLE properties; --"),
        Text("script", Script),
        Text("-1", "-1"),
        Text("random guid", "5b1d0f4e-9c7a-4c1e-8f3b-2a6d9e0c7b41"),
        Text("9999-12-31", "9999-12-31"),
        Text("2026-02-30", "2026-02-30"),
        Text("int overflow", "2147483648"),
    ];

    public static IReadOnlyList<Value> ForIds { get; } =
    [
        Text("empty guid", Guid.Empty.ToString()),
        Text("random guid", "5b1d0f4e-9c7a-4c1e-8f3b-2a6d9e0c7b41"),
        Text("-1", "-1"),
        Text("almost a guid", "5b1d0f4e-9c7a-4c1e-8f3b-2a6d9e0c7b4"),
    ];

    public static IReadOnlyList<Value> ForIntegers { get; } =
    [
        Text("-1", "-1"),
        Text("0", "0"),
        Text("int overflow", "2147483648"),
        Text("long min", "-9223372036854775808"),
        Text("enum out of range", "99"),
        Text("exponent", "1e308"),
    ];

    public static IReadOnlyList<Value> ForDecimals { get; } =
    [
        Text("-1", "-1"),
        Text("0", "0"),
        Text("decimal overflow", "79228162514264337593543950336"),
        Text("decimal max", "79228162514264337593543950335"),
        Text("tiny decimal", "0.0000000000000000000000000001"),
        Text("exponent", "1e308"),
        Text("NaN", "NaN"),
        Text("comma decimal", "1,5"),
    ];

    public static IReadOnlyList<Value> ForDates { get; } =
    [
        Text("0001-01-01", "0001-01-01"),
        Text("9999-12-31", "9999-12-31"),
        Text("2026-02-30", "2026-02-30"),
        Text("max date-time with offset", "9999-12-31T23:59:59.9999999+14:00"),
        Text("min date-time with offset", "0001-01-01T00:00:00-14:00"),
        Text("year 10000", "10000-01-01"),
        Text("ISO week date", "2026-W05-6"),
    ];

    public static IReadOnlyList<Value> ForBooleans { get; } =
    [
        Text("true", "true"),
        Text("on", "on"),
        Text("maybe", "maybe"),
    ];

    /// <summary>One of these per key, chosen by its name.</summary>
    public static IReadOnlyList<Value> Extra { get; } =
    [
        Text("line breaks", "a\r\nb\nc\rd"),
        Text("257 characters", new string('y', 257)),
        Text("101 characters", new string('z', 101)),
        Text("emoji and combining", "🏠\u0301\u0308e\u0301"),
        Text("BOM", "\uFEFF12"),
        Text("html attribute", "\"><svg onload=alert(1)>"),
        Text("SQL tautology", "' OR 1=1 --"),
        Text("LIKE wildcards", "%_\\%"),
        Text("path traversal", "../../etc/passwd"),
        Text("int max", "2147483647"),
        Text("long overflow", "9223372036854775808"),
        Text("decimal min", "-79228162514264337593543950335"),
        Text("Infinity", "-Infinity"),
        Text("hex", "0x7FFFFFFF"),
        Text("guid in braces", "{5b1d0f4e-9c7a-4c1e-8f3b-2a6d9e0c7b41}"),
        Text("ISO date-time", "2026-01-31T23:59:59Z"),
        Text("ISO ordinal date", "2026-031"),
        Text("hour 25", "2026-01-01T25:00"),
        Text("null", "null"),
        Text("json", "{\"a\":[1,2]}"),
        new("indexed key", Escape("x"), Repeat: 2),
    ];

    /// <summary>The markup a page must never echo unencoded.</summary>
    public const string Script = "<script>alert('x')</script>";

    /// <summary>What <paramref name="key"/> gets, by the type it binds to (null: not bound by the page model, text).</summary>
    public static IEnumerable<Value> For(string key, Type? type)
    {
        var typed = type switch
        {
            null => ForText,
            _ when type == typeof(string) || type == typeof(Uri) => ForText,
            _ when type == typeof(Guid) => ForIds,
            _ when type == typeof(bool) => ForBooleans,
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => ForDecimals,
            _ when type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(TimeSpan) => ForDates,
            _ => ForIntegers,
        };

        // A stable hash (string.GetHashCode differs per process): the same key gets the same extra every run.
        var seed = Encoding.UTF8.GetBytes(key).Aggregate(17, (h, b) => unchecked((h * 31) + b));
        return Transport.Concat(typed).Append(Extra[(int)((uint)seed % (uint)Extra.Count)]);
    }

    public static string Escape(string value) => Uri.EscapeDataString(value);

    private static Value Text(string name, string value) => new(name, Escape(value));
}
