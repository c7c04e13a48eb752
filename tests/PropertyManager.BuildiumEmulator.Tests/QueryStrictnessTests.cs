using System.Globalization;
using System.Net;
using System.Text.Json;
using PropertyManager.BuildiumEmulator.Tests.Contract;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

/// <summary>Query strings exactly as strict and as tolerant as Buildium's: case-sensitive names, every ISO 8601 form.</summary>
public sealed class QueryStrictnessTests
{
    private static readonly DateTime _instant = new(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc);

    [Theory]
    [InlineData("LIMIT=5")]
    [InlineData("Limit=5")]
    [InlineData("OFFSET=1")]
    [InlineData("limit=5&Offset=1")]
    public async Task Miscased_limit_or_offset_is_a_404_as_the_guide_says(string query)
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.GetAsync($"/v1/rentals/units?{query}");

        await response.ShouldBeBuildiumErrorAsync(404);
    }

    [Fact]
    public async Task Other_miscased_parameters_are_unknown_and_ignored()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var all = await client.TotalCountAsync("/v1/rentals/units?limit=1");
        var filtered = await client.TotalCountAsync("/v1/rentals/units?propertyids=1000&limit=1");
        filtered.ShouldBeLessThan(all);

        (await client.TotalCountAsync("/v1/rentals/units?PropertyIds=1000&limit=1")).ShouldBe(all);
        (await client.TotalCountAsync("/v1/rentals/units?PROPERTYIDS=1000&propertyids=1000&limit=1")).ShouldBe(filtered);
        (await client.GetArrayAsync("/v1/rentals?Status=Sleeping&LastUpdatedFrom=yesterday")).Count.ShouldBe(Math.Min(50, await client.TotalCountAsync("/v1/rentals?limit=1")));
        var sorted = await client.GetArrayAsync("/v1/rentals/units?orderby=Id%20desc&limit=1000");
        var unsorted = await client.GetArrayAsync("/v1/rentals/units?OrderBy=Id%20desc&limit=1000");
        sorted.Select(u => u!.Id()).ShouldBe(unsorted.Select(u => u!.Id()).OrderDescending());
        unsorted.Select(u => u!.Id()).ShouldBe(unsorted.Select(u => u!.Id()).Order());
    }

    /// <summary>Every date-time query parameter of every list the emulator serves, from openapi.json.</summary>
    [SkippableFact]
    public async Task Every_date_time_filter_takes_every_iso_8601_form_of_the_same_instant()
    {
        var filters = DateFilters("date-time");
        filters.ShouldNotBeEmpty();
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var checkedFilters = 0;
        foreach (var (path, parameter) in filters)
        {
            if (!await ServedAsync(client, path))
            {
                continue;
            }

            checkedFilters++;
            var expected = await client.TotalCountAsync($"{path}?{parameter}={Uri.EscapeDataString(_instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))}&limit=1");
            foreach (var form in EquivalentForms(_instant))
            {
                (await client.TotalCountAsync($"{path}?{parameter}={Uri.EscapeDataString(form)}&limit=1")).ShouldBe(expected, $"{path}?{parameter}={form}");
            }

            (await client.TotalCountAsync($"{path}?{parameter}=2025-03-04&limit=1")).ShouldBeGreaterThanOrEqualTo(0);
            foreach (var bad in NotDateTimes)
            {
                using var response = await client.GetAsync($"{path}?{parameter}={Uri.EscapeDataString(bad)}");
                (await response.ShouldBeBuildiumErrorAsync(400)).Keys().ShouldBe([parameter], $"{path}?{parameter}={bad}");
            }
        }

        checkedFilters.ShouldBeGreaterThanOrEqualTo(14);
    }

    [SkippableFact]
    public async Task Every_date_filter_takes_a_calendar_date_and_refuses_anything_else()
    {
        var filters = DateFilters("date");
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var checkedFilters = 0;
        foreach (var (path, parameter) in filters)
        {
            if (!await ServedAsync(client, path))
            {
                continue;
            }

            checkedFilters++;
            (await client.TotalCountAsync($"{path}?{parameter}=2025-03-04&limit=1")).ShouldBeGreaterThanOrEqualTo(0);
            foreach (var bad in NotDateTimes.Append("2025-03-04T05:06:07Z").Append("2025-02-29"))
            {
                using var response = await client.GetAsync($"{path}?{parameter}={Uri.EscapeDataString(bad)}");
                (await response.ShouldBeBuildiumErrorAsync(400)).Keys().ShouldBe([parameter], $"{path}?{parameter}={bad}");
            }
        }

        checkedFilters.ShouldBeGreaterThanOrEqualTo(20);
    }

    [Theory]
    [InlineData("/v1/rentals", "rentals", 1000)]
    [InlineData("/v1/vendors", "vendors", 3000)]
    public async Task Offsets_and_fractions_move_the_bound_to_the_instant_they_name(string list, string kind, int id)
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var before = DateTime.UtcNow.AddSeconds(-1);
        emulator.Store.Touch(kind, id).ShouldNotBeNull();
        var after = DateTime.UtcNow.AddSeconds(2);

        foreach (var form in EquivalentForms(before))
        {
            (await client.GetArrayAsync($"{list}?lastupdatedfrom={Uri.EscapeDataString(form)}&limit=1000")).Select(r => r!.Id()).ShouldBe([id], form);
        }

        foreach (var form in EquivalentForms(after))
        {
            (await client.GetArrayAsync($"{list}?lastupdatedfrom={Uri.EscapeDataString(form)}")).ShouldBeEmpty(form);
        }
    }

    private static readonly string[] NotDateTimes =
    [
        "yesterday", "01/02/2025", "2025-13-01T00:00:00Z", "2025-02-30T00:00:00Z", "2025-01-01T24:00:00Z", "2025-01-01T10:60:00Z",
        "2025-01-01T10:00:00+25:00", "2025-01-01T", "2025-01-01T10", "2025-01-01T10:00:00ZZ", "2025-01-01T10:00:00.Z", "20250101", "1735725600",
    ];

    /// <summary>The same instant written every way ISO 8601 (extended) allows.</summary>
    private static IEnumerable<string> EquivalentForms(DateTime utc)
    {
        var whole = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        yield return whole.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        yield return whole.ToString("yyyy-MM-dd'T'HH:mm:ss'.000000+0000'", CultureInfo.InvariantCulture);
        yield return whole.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
        yield return whole.ToString("yyyy-MM-dd'T'HH:mm:ss'-0000'", CultureInfo.InvariantCulture);
        yield return whole.ToString("yyyy-MM-dd'T'HH:mm:ss'+00'", CultureInfo.InvariantCulture);
        yield return whole.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        yield return whole.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        for (var digits = 1; digits <= 9; digits++)
        {
            yield return whole.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "." + new string('0', digits) + "Z";
        }

        yield return whole.ToString("yyyy-MM-dd'T'HH:mm:ss'.4'", CultureInfo.InvariantCulture) + "Z";
        yield return whole.ToString("yyyy-MM-dd'T'HH:mm:ss',999999999Z'", CultureInfo.InvariantCulture);
        yield return whole.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:ss'+02:00'", CultureInfo.InvariantCulture);
        yield return whole.AddHours(-5).AddMinutes(-30).ToString("yyyy-MM-dd'T'HH:mm:ss'.0-0530'", CultureInfo.InvariantCulture);
        yield return whole.AddHours(9).ToString("yyyy-MM-dd'T'HH:mm:ss'+09'", CultureInfo.InvariantCulture);
    }

    private static async Task<bool> ServedAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path + "?limit=1");
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>(list path, query parameter) for every parameterless GET whose query parameter has the given format.</summary>
    private static List<(string Path, string Parameter)> DateFilters(string format)
    {
        var spec = OpenApiSchemaValidator.FindSpec();
        Skip.If(spec is null, "shared/buildium/openapi.json was not found above the test binaries.");
        using var document = JsonDocument.Parse(File.ReadAllText(spec));
        var result = new List<(string, string)>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (path.Name.Contains('{', StringComparison.Ordinal) || !path.Value.TryGetProperty("get", out var get) || !get.TryGetProperty("parameters", out var parameters))
            {
                continue;
            }

            foreach (var parameter in parameters.EnumerateArray())
            {
                if (parameter.GetProperty("in").GetString() == "query"
                    && parameter.TryGetProperty("schema", out var schema)
                    && schema.TryGetProperty("format", out var f) && f.GetString() == format)
                {
                    result.Add((path.Name, parameter.GetProperty("name").GetString()!));
                }
            }
        }

        return result;
    }
}
