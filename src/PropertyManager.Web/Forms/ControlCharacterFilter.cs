using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PropertyManager.Web.Forms;

/// <summary>
/// Refuses, with 400, a page request whose query or form carries control characters (other than tab and line breaks).
/// No field of ours takes them, and PostgreSQL cannot store a NUL at all, so they would otherwise end as a 500.
/// </summary>
public sealed class ControlCharacterFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        // The status and error pages re-run the refused request: they must render, not refuse it again.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerPathFeature>() is not null)
        {
            await next();
            return;
        }

        if (await CarriesControlCharactersAsync(http.Request, http.RequestAborted))
        {
            context.Result = new BadRequestResult();
            return;
        }

        await next();
    }

    private static async Task<bool> CarriesControlCharactersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = request.Query.SelectMany(q => q.Value);
        if (request.HasFormContentType)
        {
            try
            {
                values = values.Concat((await request.ReadFormAsync(cancellationToken)).SelectMany(f => f.Value));
            }
            catch (InvalidDataException)
            {
                // ASP.NET Core refuses a NUL in a form value outright.
                return true;
            }
        }

        return values.Any(v => v is not null && v.Any(IsRefused));
    }

    private static bool IsRefused(char c) => char.IsControl(c) && c is not ('\t' or '\r' or '\n');
}
