using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace PropertyManager.Web.Display;

public static class DependencyInjection
{
    /// <summary>The app's one culture (<see cref="DisplayOptions"/>), validated at start.</summary>
    public static IHostApplicationBuilder AddDisplay(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DisplayOptions>()
            .BindConfiguration(DisplayOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DisplayOptions>, DisplayOptionsValidator>();
        return builder;
    }

    /// <summary>
    /// Every request, and every thread that does not say otherwise (background sync, logs), uses the configured
    /// culture; the browser's Accept-Language is not asked, so every user sees the same money and dates.
    /// </summary>
    public static IApplicationBuilder UseDisplayCulture(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var culture = CultureInfo.GetCultureInfo(app.ApplicationServices.GetRequiredService<IOptions<DisplayOptions>>().Value.Culture);
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        return app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(culture),
            SupportedCultures = [culture],
            SupportedUICultures = [culture],
            RequestCultureProviders = [],
        });
    }
}
