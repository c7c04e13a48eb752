using Microsoft.AspNetCore.Mvc.Rendering;

namespace PropertyManager.Web.Pages.Vendors;

/// <summary>What the shared form partial renders: the input, the categories, and the stored tax id masked (null on create).</summary>
public sealed record VendorFormView(VendorInput Input, IReadOnlyList<SelectListItem> Categories, string? MaskedTaxId, bool Editing);
