namespace PropertyManager.Web.Pages.Admin.BuildiumDemo;

/// <summary>
/// The field the demo page changes for one kind of record: its name in the emulator's JSON and where the app keeps it.
/// One text field per kind is enough to show a change arriving and a conflict happening.
/// </summary>
public sealed record DemoField(string Kind, string KindLabel, string FieldLabel, string EmulatorKind, string EmulatorField)
{
    public static IReadOnlyList<DemoField> All { get; } =
    [
        new("property", "Property", "name", "rentals", "Name"),
        new("unit", "Unit", "unit number", "units", "UnitNumber"),
        new("vendor", "Vendor", "notes", "vendors", "Comments"),
    ];

    public static DemoField? Of(string? kind) => All.FirstOrDefault(f => f.Kind == kind);
}
