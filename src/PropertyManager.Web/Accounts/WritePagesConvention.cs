using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace PropertyManager.Web.Accounts;

/// <summary>Gives every page named Create, Edit, Delete or Deactivate, in any folder, the <see cref="Policies.CanEdit"/> policy.</summary>
public sealed class WritePagesConvention : IPageApplicationModelConvention
{
    public static IReadOnlySet<string> PageNames { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Create", "Edit", "Delete", "Deactivate" };

    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var name = model.ViewEnginePath[(model.ViewEnginePath.LastIndexOf('/') + 1)..];
        if (PageNames.Contains(name))
        {
            model.EndpointMetadata.Add(new AuthorizeAttribute(Policies.CanEdit));
        }
    }
}
