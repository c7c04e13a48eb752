using Microsoft.AspNetCore.Mvc.Rendering;
using PropertyManager.Buildium.Units;

namespace PropertyManager.Web.Pages.Units;

/// <summary>Bedrooms and bathrooms as Buildium's enum names (what is stored and pushed) with readable labels.</summary>
public static class UnitChoices
{
    private static readonly Dictionary<string, string> _bedrooms = new(StringComparer.Ordinal)
    {
        [nameof(UnitBedrooms.NotSet)] = "Not set",
        [nameof(UnitBedrooms.Studio)] = "Studio",
        [nameof(UnitBedrooms.OneBed)] = "1 bedroom",
        [nameof(UnitBedrooms.TwoBed)] = "2 bedrooms",
        [nameof(UnitBedrooms.ThreeBed)] = "3 bedrooms",
        [nameof(UnitBedrooms.FourBed)] = "4 bedrooms",
        [nameof(UnitBedrooms.FiveBed)] = "5 bedrooms",
        [nameof(UnitBedrooms.SixBed)] = "6 bedrooms",
        [nameof(UnitBedrooms.SevenBed)] = "7 bedrooms",
        [nameof(UnitBedrooms.EightBed)] = "8 bedrooms",
        [nameof(UnitBedrooms.NineBedPlus)] = "9 or more bedrooms",
    };

    // In ascending order, not Buildium's (3.5 and 4.5 come last there).
    private static readonly Dictionary<string, string> _bathrooms = new(StringComparer.Ordinal)
    {
        [nameof(UnitBathrooms.NotSet)] = "Not set",
        [nameof(UnitBathrooms.OneBath)] = "1 bath",
        [nameof(UnitBathrooms.OnePointFiveBath)] = "1.5 baths",
        [nameof(UnitBathrooms.TwoBath)] = "2 baths",
        [nameof(UnitBathrooms.TwoPointFiveBath)] = "2.5 baths",
        [nameof(UnitBathrooms.ThreeBath)] = "3 baths",
        [nameof(UnitBathrooms.ThreePointFiveBath)] = "3.5 baths",
        [nameof(UnitBathrooms.FourBath)] = "4 baths",
        [nameof(UnitBathrooms.FourPointFiveBath)] = "4.5 baths",
        [nameof(UnitBathrooms.FiveBath)] = "5 baths",
        [nameof(UnitBathrooms.FivePlusBath)] = "More than 5 baths",
    };

    public static IReadOnlyList<SelectListItem> Bedrooms { get; } = [.. _bedrooms.Select(b => new SelectListItem(b.Value, b.Key))];

    public static IReadOnlyList<SelectListItem> Bathrooms { get; } = [.. _bathrooms.Select(b => new SelectListItem(b.Value, b.Key))];

    public static bool IsBedrooms(string? value) => value is not null && _bedrooms.ContainsKey(value);

    public static bool IsBathrooms(string? value) => value is not null && _bathrooms.ContainsKey(value);

    public static string? BedroomsLabel(string? value) => value is null ? null : _bedrooms.GetValueOrDefault(value, value);

    public static string? BathroomsLabel(string? value) => value is null ? null : _bathrooms.GetValueOrDefault(value, value);
}
