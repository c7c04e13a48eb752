using System.Security.Claims;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Security;

namespace PropertyManager.Web.Database;

/// <summary>
/// The web app's <see cref="IDataAccessScope"/>: in a request, the signed-in user's (admins everything; managers and
/// viewers their assigned properties, viewers read-only; anonymous requests nothing); outside a request (the sync,
/// background services, the command line) everything.
/// </summary>
public sealed class HttpDataAccessScope(IHttpContextAccessor accessor) : IDataAccessScope
{
    public DataAccess Current => For(accessor.HttpContext?.User);

    public static DataAccess For(ClaimsPrincipal? user)
    {
        if (user is null)
        {
            return DataAccess.All;
        }

        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } userId)
        {
            return DataAccess.None;
        }

        if (user.IsInRole(Roles.Admin))
        {
            return DataAccess.All;
        }

        // Accountants write the shared financial records; the app keeps them off the portfolio's rows (ADR-014).
        return DataAccess.Scoped(userId, canWrite: user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Accountant));
    }
}
