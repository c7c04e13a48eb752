using Microsoft.AspNetCore.Mvc.Rendering;

namespace PropertyManager.Web.Pages.Properties;

/// <summary>What the shared form partial renders: the input and the bank accounts to choose from.</summary>
public sealed record PropertyFormView(PropertyInput Input, IReadOnlyList<SelectListItem> BankAccounts);
