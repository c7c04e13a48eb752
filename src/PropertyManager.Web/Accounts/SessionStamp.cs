using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PropertyManager.Data.Accounts;

namespace PropertyManager.Web.Accounts;

/// <summary>
/// On every request, the cookie's security stamp must still be the user's. Signing out, changing or resetting the
/// password and disabling change the stamp, so a copied cookie is dead from that moment on (one indexed read per
/// request), not at the next periodic check.
/// </summary>
public static class SessionStamp
{
    public static async Task<bool> IsCurrentAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is not { } principal)
        {
            return false;
        }

        var services = context.HttpContext.RequestServices;
        var claimTypes = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var stamp = principal.FindFirst(claimTypes.SecurityStampClaimType)?.Value;
        var id = principal.FindFirst(claimTypes.UserIdClaimType)?.Value;
        if (string.IsNullOrEmpty(stamp) || string.IsNullOrEmpty(id) || await users.FindByIdAsync(id) is not { } user)
        {
            return false;
        }

        return string.Equals(stamp, await users.GetSecurityStampAsync(user), StringComparison.Ordinal);
    }
}
