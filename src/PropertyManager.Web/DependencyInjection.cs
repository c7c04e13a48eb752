using FluentValidation;
using PropertyManager.Web.Accounts;
using PropertyManager.Web.Admin;
using PropertyManager.Web.Database;
using PropertyManager.Web.Display;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Health;
using PropertyManager.Web.Hosting;
using PropertyManager.Web.Lists;
using PropertyManager.Web.Security;
using PropertyManager.Web.Sensitive;
using PropertyManager.Web.SyncState;
using Serilog;

namespace PropertyManager.Web;

public static class DependencyInjection
{
    /// <summary>Razor Pages and what the pages share.</summary>
    public static IHostApplicationBuilder AddWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages()
            .AddMvcOptions(mvc =>
            {
                mvc.ModelBinderProviders.Insert(0, new BooleanModelBinderProvider());
                mvc.Filters.Add<ControlCharacterFilter>();
                mvc.Filters.Add<RowSecurityDeniedFilter>();
            });
        builder.Services.AddProblemDetails();
        // Validators run by the page handlers themselves (no automatic MVC validation): see ModelStateExtensions.
        builder.Services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
        builder.Services.AddScoped<SyncStateReader>();
        builder.Services.AddScoped<PushRetry>();
        builder.Services.AddSingleton<RevealAudit>();
        builder.Services.AddScoped<SyncKindStats>();
        builder.Services.AddSingleton<ReportCache>();
        builder.AddDisplay();
        builder.AddWebSecurity();
        builder.AddProxySupport();
        builder.AddQuickShutdown();
        return builder;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        // Before anything that looks at the scheme or the client address.
        app.UseProxySupport();
        // A friendly page with a trace id instead of a stack trace, in every environment.
        app.UseExceptionHandler("/Error");
        app.UseSecurityHeaders();
        app.UseDisplayCulture();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            // Redirects only when an HTTPS port is known (bound or configured); a plain-HTTP local run passes through.
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        // The host's own logger: the static one is left alone (see AddAppLogging).
        app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetService<Serilog.ILogger>());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        // After authorization: refused requests never read assignments; every endpoint after it sees the user's portfolio only.
        app.UseMiddleware<PortfolioAccessMiddleware>();
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
