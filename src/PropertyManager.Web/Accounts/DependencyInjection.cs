using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PropertyManager.Data.Accounts;
using PropertyManager.Web.Buildium;

namespace PropertyManager.Web.Accounts;

public static class DependencyInjection
{
    public const string LoginPath = "/Account/Login";
    public const string LogoutPath = "/Account/Logout";
    public const string AccessDeniedPath = "/Account/AccessDenied";

    /// <summary>Identity's user store and the account rules: what the <c>users</c> verb needs, and the web app too.</summary>
    public static IHostApplicationBuilder AddUserAccounts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<AccountsOptions>()
            .BindConfiguration(AccountsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddIdentityCore<AppUser>(ConfigureIdentity)
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<AccountsDbContext>();
        builder.Services.AddScoped<UserAccounts>();
        builder.Services.AddScoped<PropertyAssignments>();
        builder.Services.AddScoped<DemoAdmin>();
        return builder;
    }

    /// <summary>
    /// Sign-in by cookie, Data Protection keys in the database (cookies survive restarts and work across instances),
    /// and authorization: signed in everywhere by default, <see cref="Policies"/> by page convention.
    /// </summary>
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddUserAccounts();
        new IdentityBuilder(typeof(AppUser), typeof(AppRole), builder.Services).AddSignInManager();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AccountsOptions>>((cookie, accounts) =>
            {
                cookie.LoginPath = LoginPath;
                cookie.LogoutPath = LogoutPath;
                cookie.AccessDeniedPath = AccessDeniedPath;
                cookie.Cookie.Name = "pm.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                // HTTPS is terminated in front of the app in production; the cookie follows the request's scheme.
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = accounts.Value.SessionLifetime;
                // Identity's periodic check (roles, disabling) runs after the per-request one that ends signed-out sessions.
                var identityCheck = cookie.Events.OnValidatePrincipal;
                cookie.Events.OnValidatePrincipal = async context =>
                {
                    if (!await SessionStamp.IsCurrentAsync(context))
                    {
                        context.RejectPrincipal();
                        return;
                    }

                    await identityCheck(context);
                };
            });
        builder.Services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<AccountsOptions>>((validator, accounts) => validator.ValidationInterval = accounts.Value.SecurityStampValidationInterval);

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.CanEdit, p => p.RequireRole(Roles.Admin, Roles.Manager))
            .AddPolicy(Policies.CanEditFinance, p => p.RequireRole(Roles.Admin, Roles.Accountant))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            // Everything needs a signed-in user unless it is explicitly anonymous (below, health, the webhook).
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        // Through AddRazorPages (idempotent), not Configure<RazorPagesOptions>: its own setup replaces the conventions
        // collection, so conventions added before it would be lost.
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            // Create/Edit/Delete/Deactivate pages by name; POST handlers on other pages through WriteHandlersFilter.
            pages.Conventions.Add(new WritePagesConvention());
            pages.Conventions.AllowAnonymousToPage(LoginPath);
            // Password guessing is slowed per client address before Identity's per-account lockout.
            pages.Conventions.AddPageApplicationModelConvention(LoginPath, model =>
                model.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(Security.RateLimitPolicies.Login)));
            pages.Conventions.AllowAnonymousToPage(LogoutPath);
            pages.Conventions.AllowAnonymousToPage(AccessDeniedPath);
            pages.Conventions.AllowAnonymousToPage("/Error");
            pages.Conventions.AllowAnonymousToPage("/Status/Index");
        });
        return builder;
    }

    /// <summary>On a zero-configuration run, the first administrator (see <see cref="DemoAdmin"/>).</summary>
    public static async Task EnsureDemoAdminAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<EmbeddedEmulator>() is not { } emulator)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoAdmin>().EnsureAsync(cancellationToken);
        // So the Buildium side can be tried by hand (curl) while the app syncs with it.
        EmulatorKeys.Print(emulator, Console.Out);
    }

    private static void ConfigureIdentity(IdentityOptions identity)
    {
        identity.User.RequireUniqueEmail = true;
        // The user name is the e-mail address: any character an address may hold.
        identity.User.AllowedUserNameCharacters = "";
        identity.Password.RequiredLength = 12;
        identity.Password.RequiredUniqueChars = 4;
        identity.Password.RequireDigit = true;
        identity.Password.RequireNonAlphanumeric = true;
        identity.Password.RequireLowercase = true;
        identity.Password.RequireUppercase = true;
        identity.Lockout.AllowedForNewUsers = true;
        identity.Lockout.MaxFailedAccessAttempts = 5;
        identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        identity.SignIn.RequireConfirmedAccount = false;
        identity.SignIn.RequireConfirmedEmail = false;
    }

}
