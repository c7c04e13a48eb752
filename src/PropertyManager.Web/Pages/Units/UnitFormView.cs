using Microsoft.AspNetCore.Mvc.Rendering;

namespace PropertyManager.Web.Pages.Units;

/// <summary>What the shared form partial renders: the input and the properties to choose from.</summary>
public sealed record UnitFormView(UnitInput Input, IReadOnlyList<SelectListItem> Properties);
