using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PropertyManager.Web.Accounts;

/// <summary>
/// A POST (or any other non-GET) to a read page — Deactivate on a details page, an owner's share, a bill's payment —
/// needs <see cref="Policies.CanEdit"/> (<see cref="Policies.CanEditFinance"/> in the folders of the shared financial records). Razor Pages ignore <c>[Authorize]</c> on handler methods, so the rule is a page
/// filter that runs before the handler; <see cref="WritePagesConvention"/> puts it on every page but the sign-in pages
/// and the error pages (re-executed with the failed request's method).
/// </summary>
public sealed class WriteHandlersFilter(IAuthorizationService authorization, string policy) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var method = context.HttpContext.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method)
            && !(await authorization.AuthorizeAsync(context.HttpContext.User, policy)).Succeeded)
        {
            context.Result = new ForbidResult();
            return;
        }

        await next();
    }
}
