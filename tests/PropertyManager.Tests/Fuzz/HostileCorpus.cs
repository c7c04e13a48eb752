using System.Text;

namespace PropertyManager.Tests.Fuzz;

/// <summary>
/// Hostile values for any form field, query parameter or route value, already percent-encoded as they travel (so
/// invalid UTF-8 and UTF-16 surrogates reach the server as raw bytes, as a crafted request would send them). The core
/// is sent to every field; the rest is sampled per field, deterministically, so a failure reproduces.
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

    /// <summary>Sent to every field of every form and every filter.</summary>
    public static IReadOnlyList<Value> Core { get; } =
    [
        Text("empty", ""),
        Text("whitespace", " \t \u00a0\u3000 "),
        Text("10k characters", new string('x', 10_000)),
        new("lone UTF-16 surrogate", "a%ED%A0%80b"),
        new("invalid UTF-8", "%FF%FE%C3%28"),
        Text("NUL", "a\u0000b"),
        Text("RTL and zero-width", "\u202Egnp.exe\u200B\u200D\uFEFF"),
        Text("SQL injection", "'; DROP TABLE properties; --"),
        Text("script", "<script>alert('x')</script>"),
        Text("int overflow", "2147483648"),
        Text("long min", "-9223372036854775808"),
        Text("decimal overflow", "79228162514264337593543950336"),
        Text("-1", "-1"),
        Text("0", "0"),
        Text("empty guid", Guid.Empty.ToString()),
        Text("random guid", "5b1d0f4e-9c7a-4c1e-8f3b-2a6d9e0c7b41"),
        Text("0001-01-01", "0001-01-01"),
        Text("9999-12-31", "9999-12-31"),
        Text("malformed date", "2026-02-30"),
        Text("enum out of range", "99"),
        new("duplicated key", Escape("1"), Repeat: 3),
    ];

    /// <summary>Sampled per field (see <see cref="For"/>).</summary>
    public static IReadOnlyList<Value> Extended { get; } =
    [
        Text("line breaks", "a\r\nb\nc\rd"),
        Text("tab", "\t"),
        Text("257 characters", new string('y', 257)),
        Text("101 characters", new string('z', 101)),
        Text("emoji and combining", "🏠\u0301\u0308e\u0301"),
        Text("BOM", "\uFEFF12"),
        Text("html attribute", "\"><svg onload=alert(1)>"),
        Text("SQL tautology", "' OR 1=1 --"),
        Text("LIKE wildcards", "%_\\%"),
        Text("path traversal", "../../etc/passwd"),
        Text("int max", "2147483647"),
        Text("int min", "-2147483648"),
        Text("long max", "9223372036854775807"),
        Text("long overflow", "9223372036854775808"),
        Text("decimal max", "79228162514264337593543950335"),
        Text("decimal min", "-79228162514264337593543950335"),
        Text("tiny decimal", "0.0000000000000000000000000001"),
        Text("exponent", "1e308"),
        Text("NaN", "NaN"),
        Text("Infinity", "-Infinity"),
        Text("hex", "0x7FFFFFFF"),
        Text("comma decimal", "1,5"),
        Text("negative id", "-2147483648"),
        Text("guid in braces", "{5b1d0f4e-9c7a-4c1e-8f3b-2a6d9e0c7b41}"),
        Text("almost a guid", "5b1d0f4e-9c7a-4c1e-8f3b-2a6d9e0c7b4"),
        Text("ISO date-time", "2026-01-31T23:59:59Z"),
        Text("ISO date-time with offset", "9999-12-31T23:59:59.9999999+14:00"),
        Text("ISO week date", "2026-W05-6"),
        Text("ISO ordinal date", "2026-031"),
        Text("min date-time", "0001-01-01T00:00:00-14:00"),
        Text("year 10000", "10000-01-01"),
        Text("hour 25", "2026-01-01T25:00"),
        Text("true", "true"),
        Text("on", "on"),
        Text("null", "null"),
        Text("json", "{\"a\":[1,2]}"),
        new("indexed key", Escape("x"), Repeat: 2),
    ];

    /// <summary>The core and <paramref name="sample"/> of the extended values, chosen by the field's name.</summary>
    public static IEnumerable<Value> For(string field, int sample)
    {
        // A stable hash (string.GetHashCode differs per process): the same field gets the same sample every run.
        var seed = Encoding.UTF8.GetBytes(field).Aggregate(17, (h, b) => unchecked((h * 31) + b));
        var start = (int)((uint)seed % (uint)Extended.Count);
        return Core.Concat(Enumerable.Range(0, Math.Min(sample, Extended.Count)).Select(i => Extended[(start + (i * 7)) % Extended.Count]));
    }

    public static string Escape(string value) => Uri.EscapeDataString(value);

    private static Value Text(string name, string value) => new(name, Escape(value));
}
