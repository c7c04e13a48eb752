using Microsoft.AspNetCore.Mvc.Rendering;

namespace PropertyManager.Web.Pages.GlAccounts;

/// <summary>What the shared form partial renders: the input and the accounts that can be its parent.</summary>
public sealed record GlAccountFormView(GlAccountInput Input, IReadOnlyList<SelectListItem> Parents);
