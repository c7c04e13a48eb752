using System.Globalization;
using Microsoft.Extensions.Options;

namespace PropertyManager.Web.Display;

/// <summary>Refuses to start with a culture that is unknown or has no currency, so money never shows as "¤".</summary>
public sealed class DisplayOptionsValidator : IValidateOptions<DisplayOptions>
{
    public ValidateOptionsResult Validate(string? name, DisplayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Culture))
        {
            return ValidateOptionsResult.Fail("Display:Culture is empty; set a culture such as en-US.");
        }

        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(options.Culture, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return ValidateOptionsResult.Fail($"Display:Culture '{options.Culture}' is not a known culture; use a name such as en-US.");
        }

        // Neutral cultures ("en") and the invariant one have no currency of their own.
        return culture.IsNeutralCulture || culture.Equals(CultureInfo.InvariantCulture)
            ? ValidateOptionsResult.Fail($"Display:Culture '{options.Culture}' names no country, so it has no currency; use one such as en-US.")
            : ValidateOptionsResult.Success;
    }
}
