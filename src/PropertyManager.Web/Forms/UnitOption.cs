namespace PropertyManager.Web.Forms;

/// <summary>A unit in a form's dropdown, with its property so the page can narrow the list to the chosen property (wwwroot/js/narrow-options.js).</summary>
public sealed record UnitOption(string Value, string Text, string? PropertyId);
