using Microsoft.AspNetCore.Mvc.Rendering;
using PropertyManager.Buildium.Rentals;

namespace PropertyManager.Web.Pages.Properties;

/// <summary>The fixed choices of a property form, in Buildium's terms with readable labels.</summary>
public static class PropertyChoices
{
    private static readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal)
    {
        [nameof(RentalSubType.CondoTownhome)] = "Condo / townhome",
        [nameof(RentalSubType.MultiFamily)] = "Multi-family",
        [nameof(RentalSubType.SingleFamily)] = "Single-family",
        [nameof(RentalSubType.ParkingSpace)] = "Parking space",
        [nameof(RentalSubType.ShoppingCenter)] = "Shopping center",
    };

    public static IReadOnlyList<SelectListItem> RentalSubTypes { get; } =
        [.. Enum.GetNames<RentalSubType>().Select(name => new SelectListItem(Label(name), name))];

    public static bool IsRentalSubType(string? value) => value is not null && Enum.GetNames<RentalSubType>().Contains(value);

    public static string? Label(string? value) => value is null ? null : _labels.GetValueOrDefault(value, value);
}
