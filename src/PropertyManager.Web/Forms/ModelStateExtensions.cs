using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PropertyManager.Web.Forms;

public static class ModelStateExtensions
{
    /// <summary>FluentValidation's failures at their fields, so the form re-renders with messages beside the inputs.</summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationResult result, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(error.PropertyName) ? prefix : $"{prefix}.{error.PropertyName}";
            modelState.AddModelError(key, error.ErrorMessage);
        }
    }
}
