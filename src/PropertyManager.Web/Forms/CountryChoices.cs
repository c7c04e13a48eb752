using Microsoft.AspNetCore.Mvc.Rendering;
using PropertyManager.Buildium.Schema;

namespace PropertyManager.Web.Forms;

/// <summary>The country list of every address form: Buildium's values, shown by their readable names.</summary>
public static class CountryChoices
{
    public static IReadOnlyList<SelectListItem> All { get; } =
        [.. Countries.Values.Select(v => new SelectListItem(Countries.NameOf(v), v)).OrderBy(i => i.Text, StringComparer.Ordinal)];

    /// <summary>
    /// What an edit form starts with for a stored country: Buildium's value, also for the free text older rows hold
    /// ("US", "United States"); null when blank or unknown, so the form asks to choose.
    /// </summary>
    public static string? ForForm(string? stored) => Countries.ValueOf(stored);
}
