using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Rentals;
using PropertyManager.Buildium.Tests.Infrastructure;

namespace PropertyManager.Buildium.Tests;

public sealed class EnumTests
{
    [Fact]
    public async Task An_unknown_enum_value_is_kept_as_text_the_page_still_returns_and_it_is_logged_once()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var newValue = "Castle" + Guid.NewGuid().ToString("N")[..6];
        var id = t.Emulator.Store.GetIds("rentals")[1];
        t.Emulator.Store.Update("rentals", id, new JsonObject { ["RentalSubType"] = newValue });

        var first = await t.Client.Rentals.ListAsync().ToListAsync();
        var second = await t.Client.Rentals.ListAsync().ToListAsync();

        first.Count.ShouldBe(t.Emulator.Store.Count("rentals"));
        second.Count.ShouldBe(first.Count);
        var odd = first.Single(r => r.Id == id);
        odd.RentalSubType.Value.ShouldBe(newValue);
        odd.RentalSubType.IsKnown.ShouldBeFalse();
        odd.RentalSubType.Known.ShouldBeNull();
        first.Where(r => r.Id != id).ShouldAllBe(r => r.RentalSubType.IsKnown);
        t.Logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains(newValue, StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void Enum_values_round_trip_as_strings_including_unknown_and_non_string_tokens()
    {
        var options = BuildiumJson.CreateOptions();

        var known = JsonSerializer.Deserialize<BuildiumEnumValue<RentalSubType>>("\"SingleFamily\"", options);
        var unknown = JsonSerializer.Deserialize<BuildiumEnumValue<RentalSubType>>("\"Treehouse\"", options);
        var numeric = JsonSerializer.Deserialize<BuildiumEnumValue<RentalSubType>>("3", options);
        var missing = JsonSerializer.Deserialize<BuildiumEnumValue<RentalSubType>?>("null", options);

        known.Known.ShouldBe(RentalSubType.SingleFamily);
        known.Is(RentalSubType.SingleFamily).ShouldBeTrue();
        unknown.Value.ShouldBe("Treehouse");
        unknown.IsKnown.ShouldBeFalse();
        numeric.Value.ShouldBe("3");
        numeric.IsKnown.ShouldBeFalse("a number is not a Buildium name, even if it matches an ordinal");
        missing.ShouldBeNull();
        JsonSerializer.Serialize(unknown, options).ShouldBe("\"Treehouse\"");
        JsonSerializer.Serialize<BuildiumEnumValue<RentalSubType>>(RentalSubType.Office, options).ShouldBe("\"Office\"");
    }
}
