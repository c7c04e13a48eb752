using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Npgsql;
using PropertyManager.Data.Security;

namespace PropertyManager.Web.Database;

/// <summary>
/// A write PostgreSQL's row level security refused (a manager adding a unit to a property not assigned to them, or a
/// property when they may not see every property) is the access-denied page, not a 500: the database had the last
/// word on a portfolio the page did not know was out of reach.
/// </summary>
public sealed class RowSecurityDeniedFilter(ILogger<RowSecurityDeniedFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is { } exception && !executed.ExceptionHandled && Denied(exception) is { } denied)
        {
            logger.LogWarning("Row level security refused a write by {User} on {Path}: {Reason}",
                context.HttpContext.User.Identity?.Name, context.HttpContext.Request.Path.Value, denied.MessageText);
            executed.ExceptionHandled = true;
            executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
        else if (executed.Exception is PortfolioAccessDeniedException guard && !executed.ExceptionHandled)
        {
            // The app's own rule (PortfolioWriteGuard), before the database was asked.
            logger.LogWarning("The access rules refused a write by {User} on {Path}: {Reason}",
                context.HttpContext.User.Identity?.Name, context.HttpContext.Request.Path.Value, guard.Message);
            executed.ExceptionHandled = true;
            executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }

    private static PostgresException? Denied(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } postgres)
            {
                return postgres;
            }
        }

        return null;
    }
}
