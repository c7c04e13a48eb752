using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PropertyManager.Web.Forms;

/// <summary>
/// Binds yes/no fields without ever failing the page: a value that is not true or false becomes a field message and
/// the checkbox re-renders unticked. The default binder keeps the bad text as the attempted value, and the checkbox
/// tag helper then throws while rendering it back, turning bad input into a 500.
/// </summary>
public sealed class BooleanModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (posted == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        // A ticked checkbox posts "true" followed by its hidden "false": the first value is the answer.
        var first = posted.FirstValue;
        if (string.IsNullOrWhiteSpace(first))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, posted);
            bindingContext.Result = bindingContext.ModelMetadata.IsReferenceOrNullableType ? ModelBindingResult.Success(null) : ModelBindingResult.Failed();
            return Task.CompletedTask;
        }

        if (bool.TryParse(first.Trim(), out var value))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, posted);
            bindingContext.Result = ModelBindingResult.Success(value);
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, new ValueProviderResult(bool.FalseString));
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"Choose yes or no for {bindingContext.ModelMetadata.GetDisplayName()}.");
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}
