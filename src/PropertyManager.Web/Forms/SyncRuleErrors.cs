using Microsoft.AspNetCore.Mvc.ModelBinding;
using PropertyManager.Data.Integration;

namespace PropertyManager.Web.Forms;

public static class SyncRuleErrors
{
    /// <summary>A change Buildium refused, as a form error: in the summary, and at each refused field the form has.</summary>
    public static void AddSyncRuleViolation(this ModelStateDictionary modelState, SyncRuleViolationException exception, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(exception);
        modelState.AddModelError(string.Empty, exception.Message);
        foreach (var field in exception.Fields)
        {
            modelState.AddModelError($"{prefix}.{field}", "Buildium cannot change this after the record is created there.");
        }
    }
}
