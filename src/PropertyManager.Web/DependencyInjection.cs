using FluentValidation;
using PropertyManager.Web.Health;
using Serilog;

namespace PropertyManager.Web;

public static class DependencyInjection
{
    /// <summary>Razor Pages and what the pages share.</summary>
    public static IHostApplicationBuilder AddWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        // Validators run by the page handlers themselves (no automatic MVC validation): see ModelStateExtensions.
        builder.Services.AddValidatorsFromAssemblyContaining<Program>();
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        // A friendly page with a trace id instead of a stack trace, in every environment.
        app.UseExceptionHandler("/Error");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        app.UseSerilogRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealth();
        app.MapRazorPages();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                app.Logger.LogInformation("PropertyManager is ready at {Url}", url);
            }
        });
        return app;
    }
}
