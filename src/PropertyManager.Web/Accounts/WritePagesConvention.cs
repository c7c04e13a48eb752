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

    private static readonly HashSet<string> ErrorPages = new(StringComparer.OrdinalIgnoreCase) { "/Error", "/Status/Index" };

    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var name = model.ViewEnginePath[(model.ViewEnginePath.LastIndexOf('/') + 1)..];
        if (PageNames.Contains(name))
        {
            model.EndpointMetadata.Add(new AuthorizeAttribute(Policies.CanEdit));
        }
        else if (!model.ViewEnginePath.StartsWith("/Account/", StringComparison.OrdinalIgnoreCase)
            && !ErrorPages.Contains(model.ViewEnginePath))
        {
            model.Filters.Add(new TypeFilterAttribute(typeof(WriteHandlersFilter)));
        }
    }
}
