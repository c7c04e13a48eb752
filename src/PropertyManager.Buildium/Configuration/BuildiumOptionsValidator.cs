using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace PropertyManager.Buildium.Configuration;

/// <summary>
/// Checks what data annotations cannot: nested sections (ValidateDataAnnotations does not recurse)
/// and rules that span fields.
/// </summary>
public sealed class BuildiumOptionsValidator : IValidateOptions<BuildiumOptions>
{
    public ValidateOptionsResult Validate(string? name, BuildiumOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"Buildium:BaseUrl must be an absolute http(s) URL, e.g. {BuildiumOptions.ProductionBaseUrl}.");
        }

        if (options.TotalTimeout < options.Timeout)
        {
            failures.Add("Buildium:TotalTimeout must be at least Buildium:Timeout (it includes every attempt).");
        }

        if (options.Retry.MaxDelay < options.Retry.BaseDelay)
        {
            failures.Add("Buildium:Retry:MaxDelay must be at least Buildium:Retry:BaseDelay.");
        }

        ValidateNested(options.Retry, "Retry", failures);
        ValidateNested(options.CircuitBreaker, "CircuitBreaker", failures);
        ValidateNested(options.ApiLog, "ApiLog", failures);
        ValidateNested(options.Cache, "Cache", failures);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateNested(object section, string sectionName, List<string> failures)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(section, new ValidationContext(section), results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(r => $"Buildium:{sectionName}: {r.ErrorMessage}"));
        }
    }
}
