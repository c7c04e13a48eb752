using Microsoft.AspNetCore.Mvc.Rendering;
using PropertyManager.Buildium.Units;
using PropertyManager.Web.Display;

namespace PropertyManager.Web.Pages.Units;

/// <summary>Bedrooms and bathrooms as Buildium's enum names (what is stored and pushed) with their readable labels (<see cref="Labels"/>).</summary>
public static class UnitChoices
{
    private static readonly string[] _bedrooms =
    [
        nameof(UnitBedrooms.NotSet),
        nameof(UnitBedrooms.Studio),
        nameof(UnitBedrooms.OneBed),
        nameof(UnitBedrooms.TwoBed),
        nameof(UnitBedrooms.ThreeBed),
        nameof(UnitBedrooms.FourBed),
        nameof(UnitBedrooms.FiveBed),
        nameof(UnitBedrooms.SixBed),
        nameof(UnitBedrooms.SevenBed),
        nameof(UnitBedrooms.EightBed),
        nameof(UnitBedrooms.NineBedPlus),
    ];

    // In ascending order, not Buildium's (3.5 and 4.5 come last there).
    private static readonly string[] _bathrooms =
    [
        nameof(UnitBathrooms.NotSet),
        nameof(UnitBathrooms.OneBath),
        nameof(UnitBathrooms.OnePointFiveBath),
        nameof(UnitBathrooms.TwoBath),
        nameof(UnitBathrooms.TwoPointFiveBath),
        nameof(UnitBathrooms.ThreeBath),
        nameof(UnitBathrooms.ThreePointFiveBath),
        nameof(UnitBathrooms.FourBath),
        nameof(UnitBathrooms.FourPointFiveBath),
        nameof(UnitBathrooms.FiveBath),
        nameof(UnitBathrooms.FivePlusBath),
    ];

    public static IReadOnlyList<SelectListItem> Bedrooms { get; } = [.. _bedrooms.Select(b => new SelectListItem(Labels.Of(b), b))];

    public static IReadOnlyList<SelectListItem> Bathrooms { get; } = [.. _bathrooms.Select(b => new SelectListItem(Labels.Of(b), b))];

    public static bool IsBedrooms(string? value) => value is not null && _bedrooms.Contains(value);

    public static bool IsBathrooms(string? value) => value is not null && _bathrooms.Contains(value);

    public static string? BedroomsLabel(string? value) => Labels.Of(value);

    public static string? BathroomsLabel(string? value) => Labels.Of(value);
}
