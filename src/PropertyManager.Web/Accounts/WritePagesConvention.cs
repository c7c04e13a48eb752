using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace PropertyManager.Web.Accounts;

/// <summary>
/// Gives every page named Create, Edit, Delete or Deactivate, in any folder, the <see cref="Policies.CanEdit"/> policy,
/// and every other page but sign-in and error pages the <see cref="WriteHandlersFilter"/> for its POST handlers.
/// </summary>
public sealed class WritePagesConvention : IPageApplicationModelConvention
{
    public static IReadOnlySet<string> PageNames { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Create", "Edit", "Delete", "Deactivate" };

    /// <summary>The shared financial records: changed by admins and accountants only (ADR-014).</summary>
    public static IReadOnlySet<string> FinanceFolders { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "/BankAccounts/", "/GlAccounts/", "/Vendors/", "/VendorCategories/", "/BillCategories/", "/TaskCategories/",
    };

    private static readonly HashSet<string> ErrorPages = new(StringComparer.OrdinalIgnoreCase) { "/Error", "/Status/Index" };

    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var name = model.ViewEnginePath[(model.ViewEnginePath.LastIndexOf('/') + 1)..];
        var policy = PolicyFor(model.ViewEnginePath);
        if (PageNames.Contains(name))
        {
            model.EndpointMetadata.Add(new AuthorizeAttribute(policy));
        }
        else if (!model.ViewEnginePath.StartsWith("/Account/", StringComparison.OrdinalIgnoreCase)
            && !ErrorPages.Contains(model.ViewEnginePath))
        {
            model.Filters.Add(new TypeFilterAttribute(typeof(WriteHandlersFilter)) { Arguments = [policy] });
        }
    }

    /// <summary>The policy that writes on the page at <paramref name="viewEnginePath"/> need.</summary>
    public static string PolicyFor(string viewEnginePath) =>
        FinanceFolders.Any(f => viewEnginePath.StartsWith(f, StringComparison.OrdinalIgnoreCase)) ? Policies.CanEditFinance : Policies.CanEdit;
}
