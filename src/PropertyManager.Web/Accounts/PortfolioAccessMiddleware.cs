namespace PropertyManager.Web.Accounts;

/// <summary>Loads the signed-in user's <see cref="HttpPortfolioAccess"/> once per request, after authentication, before any page reads data.</summary>
public sealed class PortfolioAccessMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, HttpPortfolioAccess access, PropertyAssignments assignments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(access);
        await access.LoadAsync(context.User, assignments, context.RequestAborted);

        await next(context);
    }
}
