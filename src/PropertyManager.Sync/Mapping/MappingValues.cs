using System.Globalization;
using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Sync.Mapping;

/// <summary>Small conversions shared by the mappers: enum names, dates, addresses, user ids.</summary>
internal static class MappingValues
{
    /// <summary>The enum's name exactly as Buildium sent it (known or not); null when absent or empty.</summary>
    public static string? Name<TEnum>(BuildiumEnumValue<TEnum> value)
        where TEnum : struct, Enum =>
        value.IsEmpty || value.Value.Length == 0 ? null : value.Value;

    public static string? Name<TEnum>(BuildiumEnumValue<TEnum>? value)
        where TEnum : struct, Enum =>
        value is { } v ? Name(v) : null;

    /// <summary>A stored name back to Buildium's value; unknown names travel unchanged, so Buildium judges them.</summary>
    public static BuildiumEnumValue<TEnum> ToEnum<TEnum>(string? name, TEnum fallback)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(name) ? new BuildiumEnumValue<TEnum>(fallback) : new BuildiumEnumValue<TEnum>(name);

    public static BuildiumEnumValue<TEnum>? ToOptionalEnum<TEnum>(string? name)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(name) ? null : new BuildiumEnumValue<TEnum>(name);

    public static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>A Buildium date as the lease table's "timestamp without time zone" (midnight, Kind Unspecified).</summary>
    public static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

    public static DateOnly? ToDate(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;

    /// <summary>A Buildium date in a timestamptz column: midnight UTC of that date.</summary>
    public static DateTimeOffset? ToUtcMidnight(DateOnly? date) =>
        date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>The UTC calendar date of a timestamptz value (the inverse of <see cref="ToUtcMidnight"/>).</summary>
    public static DateOnly? ToUtcDate(DateTimeOffset? value) => value is { } v ? DateOnly.FromDateTime(v.UtcDateTime) : null;

    /// <summary>Buildium staff user ids are stored as text in <c>assigned_to</c>; 0 means unassigned.</summary>
    public static string? UserIdText(int? userId) => userId is > 0 ? userId.Value.ToString(CultureInfo.InvariantCulture) : null;

    public static int? ParseUserId(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <summary>The write address from local columns; required parts become empty so Buildium reports them.</summary>
    public static SaveAddressMessage SaveAddress(
        string? line1, string? line2, string? line3, string? city, string? state, string? postalCode, string? country) => new()
        {
            AddressLine1 = line1 ?? string.Empty,
            AddressLine2 = NullIfBlank(line2),
            AddressLine3 = NullIfBlank(line3),
            City = NullIfBlank(city),
            State = NullIfBlank(state),
            PostalCode = postalCode ?? string.Empty,
            Country = country ?? string.Empty,
        };

    public static bool IsBlankAddress(string? line1, string? line2, string? city, string? state, string? postalCode, string? country) =>
        string.IsNullOrWhiteSpace(line1) && string.IsNullOrWhiteSpace(line2) && string.IsNullOrWhiteSpace(city)
        && string.IsNullOrWhiteSpace(state) && string.IsNullOrWhiteSpace(postalCode) && string.IsNullOrWhiteSpace(country);
}
