using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PropertyManager.Web.Accounts;

namespace PropertyManager.Web.Forms;

public static class ModelStateExtensions
{
    /// <summary>FluentValidation's failures beside their fields: <c>Input.Email</c> for property <c>Email</c> under prefix <c>Input</c>.</summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationResult result, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        // One message a field: the form's own wording first, Buildium's schema rules (added last) only for what it missed.
        foreach (var error in result.Errors.DistinctBy(e => e.PropertyName, StringComparer.Ordinal))
        {
            modelState.AddModelError(Key(prefix, error.PropertyName), error.ErrorMessage);
        }
    }

    /// <summary>An account rule's errors beside their fields; errors about the account as a whole go to the summary.</summary>
    public static void AddAccountErrors(this ModelStateDictionary modelState, AccountResult result, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(error.Field == AccountField.Account ? "" : Key(prefix, error.Field), error.Message);
        }
    }

    private static string Key(string prefix, string property) => string.IsNullOrEmpty(prefix) ? property : $"{prefix}.{property}";
}
