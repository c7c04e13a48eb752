using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PropertyManager.Web.Forms;

public sealed class BooleanModelBinderProvider : IModelBinderProvider
{
    private static readonly BooleanModelBinder _binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.UnderlyingOrModelType == typeof(bool) ? _binder : null;
    }
}
