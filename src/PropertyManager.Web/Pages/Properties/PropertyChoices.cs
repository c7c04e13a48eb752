using Microsoft.AspNetCore.Mvc.Rendering;
using PropertyManager.Buildium.Rentals;
using PropertyManager.Web.Display;

namespace PropertyManager.Web.Pages.Properties;

/// <summary>The fixed choices of a property form, in Buildium's terms with readable labels.</summary>
public static class PropertyChoices
{
    public static IReadOnlyList<SelectListItem> RentalSubTypes { get; } =
        [.. Enum.GetNames<RentalSubType>().Select(name => new SelectListItem(Label(name), name))];

    public static bool IsRentalSubType(string? value) => value is not null && Enum.GetNames<RentalSubType>().Contains(value);

    public static string? Label(string? value) => Labels.Of(value);
}
