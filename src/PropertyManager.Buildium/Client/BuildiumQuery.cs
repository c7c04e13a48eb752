using System.Globalization;
using System.Text;

namespace PropertyManager.Buildium.Client;

/// <summary>
/// Query-string builder in Buildium's formats: arrays as repeated keys, date-times as UTC
/// <c>yyyy-MM-ddTHH:mm:ssZ</c>, dates as <c>yyyy-MM-dd</c>. Null values are skipped.
/// </summary>
public sealed class BuildiumQuery
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    public int Count => _pairs.Count;

    public BuildiumQuery Add(string name, string? value)
    {
        if (value is not null)
        {
            _pairs.Add(new KeyValuePair<string, string>(name, value));
        }

        return this;
    }

    public BuildiumQuery Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public BuildiumQuery Add(string name, decimal? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public BuildiumQuery Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    public BuildiumQuery Add<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum => Add(name, value?.ToString());

    /// <summary>Date-time filter, e.g. <c>lastupdatedfrom</c> on rentals: UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    public BuildiumQuery AddDateTime(string name, DateTimeOffset? value) =>
        Add(name, value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    /// <summary>The lease <c>createddatetimefrom/to</c> format, <c>yyyy-MM-dd HH:mm:ss</c> (UTC).</summary>
    public BuildiumQuery AddSpacedDateTime(string name, DateTimeOffset? value) =>
        Add(name, value?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));

    /// <summary>Date-only filter, e.g. <c>lastupdatedfrom</c> on tasks and work orders.</summary>
    public BuildiumQuery AddDate(string name, DateOnly? value) =>
        Add(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public BuildiumQuery AddMany(string name, IEnumerable<string>? values)
    {
        foreach (var value in values ?? [])
        {
            Add(name, value);
        }

        return this;
    }

    public BuildiumQuery AddMany(string name, IEnumerable<int>? values) =>
        AddMany(name, values?.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    public BuildiumQuery AddMany<TEnum>(string name, IEnumerable<TEnum>? values)
        where TEnum : struct, Enum => AddMany(name, values?.Select(v => v.ToString()));

    /// <summary>Appends the query to a relative path, e.g. <c>v1/rentals?status=Active</c>.</summary>
    public string AppendTo(string path)
    {
        if (_pairs.Count == 0)
        {
            return path;
        }

        var sb = new StringBuilder(path).Append('?');
        for (var i = 0; i < _pairs.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('&');
            }

            sb.Append(Uri.EscapeDataString(_pairs[i].Key)).Append('=').Append(Uri.EscapeDataString(_pairs[i].Value));
        }

        return sb.ToString();
    }

    public override string ToString() => AppendTo(string.Empty);
}
