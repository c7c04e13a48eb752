namespace PropertyManager.Web.Pages.Admin.BuildiumDemo;

/// <summary>A record the demo page offers: its kind, Buildium id, local id (for its details page) and what it is called.</summary>
public sealed record DemoRecord(string Kind, int BuildiumId, Guid LocalId, string Label, string? Value)
{
    /// <summary>The option value of the record picker: kind and Buildium id.</summary>
    public string Key => $"{Kind}:{BuildiumId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static (string Kind, int BuildiumId)? Parse(string? key) =>
        key?.Split(':') is [var kind, var id] && int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var buildiumId)
            ? (kind, buildiumId)
            : null;

    public string DetailsPath => Kind switch
    {
        "property" => $"/Properties/Details/{LocalId}",
        "unit" => $"/Units/Details/{LocalId}",
        _ => $"/Vendors/Details/{LocalId}",
    };
}
