using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PropertyManager.Data.Sensitive;

namespace PropertyManager.Tests.Persistence;

/// <summary>
/// Fills every mapped column of an entity with a distinct value at the edge of its column type (full length
/// strings with non-ASCII text, the widest numbers the precision allows, arrays, JSON, dates), so a round trip
/// proves every column is stored and read back unchanged.
/// </summary>
public static class EntitySampler
{
    private static readonly string[] _notFilled = ["UpdatedAt"];

    public static object Create(IEntityType entityType, int seed)
    {
        var entity = Activator.CreateInstance(entityType.ClrType)!;
        foreach (var property in entityType.GetProperties())
        {
            if (property.PropertyInfo is null || _notFilled.Contains(property.Name)
                || (property.IsKey() && property.ValueGenerated != ValueGenerated.Never && property.ClrType == typeof(long))
                || (property.IsForeignKey() && property.IsNullable))
            {
                continue;
            }

            property.PropertyInfo.SetValue(entity, Sample(property, seed));
        }

        return entity;
    }

    public static object? Sample(IProperty property, int seed)
    {
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (type == typeof(string))
        {
            // An encrypted column holds ciphertext: the longest plaintext that fits VARCHAR(255) is ~110 bytes (ADR-010).
            var length = property.IsSensitive() ? 60 : property.GetMaxLength() ?? 300;
            // Non-ASCII and markup characters, padded to exactly the column's length.
            var text = $"{property.Name} {seed} Zoë's “<b>&</b>” ";
            return text.Length >= length ? text[..length] : text + new string('x', length - text.Length);
        }

        if (type == typeof(int))
        {
            return 1_000_000 + seed * 100 + property.GetHashCode() % 97;
        }

        if (type == typeof(long))
        {
            return 9_000_000_000_000L + seed;
        }

        if (type == typeof(decimal))
        {
            return (property.GetPrecision(), property.GetScale()) switch
            {
                (3, 1) => 99.5m,
                (5, 2) => 123.45m,
                (10, 2) => 12_345_678.91m,
                (12, 2) => 1_234_567_890.12m,
                (15, 2) => 1_234_567_890_123.45m,
                _ => 123_456_789.123_456_789m,
            };
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(Guid))
        {
            return Guid.NewGuid();
        }

        if (type == typeof(DateOnly))
        {
            return new DateOnly(2024, 2, 29);
        }

        if (type == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2025, 3, 14, 15, 9, 26, TimeSpan.Zero).AddTicks(5_358_970);
        }

        if (type == typeof(DateTime))
        {
            return new DateTime(2025, 1, 31, 12, 34, 56, DateTimeKind.Unspecified).AddTicks(7_890_120);
        }

        if (type == typeof(int[]))
        {
            return new[] { 3, 1, 4, 1, 5, seed };
        }

        if (type == typeof(JsonDocument))
        {
            return JsonDocument.Parse($$"""{"frequency":"Monthly","days":[1,15],"note":"Zoë","seed":{{seed}}}""");
        }

        throw new NotSupportedException($"No sample for {property.DeclaringType.DisplayName()}.{property.Name} of type {type}.");
    }

    public static void ShouldEqual(object? actual, object? expected, string because)
    {
        switch (expected)
        {
            case JsonDocument json:
                actual.ShouldBeOfType<JsonDocument>(because);
                JsonElement.DeepEquals(((JsonDocument)actual).RootElement, json.RootElement).ShouldBeTrue(because);
                break;
            case int[] array:
                ((int[]?)actual).ShouldBe(array, because);
                break;
            case DateTime dateTime:
                ((DateTime?)actual)?.Ticks.ShouldBe(dateTime.Ticks, because);
                break;
            default:
                actual.ShouldBe(expected, because);
                break;
        }
    }
}
