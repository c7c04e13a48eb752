using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PropertyManager.Tests.Security;

/// <summary>
/// Every page and handler of the app (from its <see cref="EndpointDataSource"/> and the page models' handler methods,
/// so a new page or handler joins by itself) requested as each role for an own and a foreign record; one outcome per
/// cell: the status, where a redirect points (ids masked), and whether the body names the scoped users' property
/// ("P1") or the other manager's ("P2").
/// </summary>
public static partial class AuthorizationMatrix
{
    /// <summary>The roles in the order they act: the admin last, so the others' writes are judged on unchanged rows.</summary>
    public static IReadOnlyList<string> RoleOrder { get; } = ["anonymous", "viewer", "accountant", "other manager", "scoped manager", "admin"];

    /// <summary>One request of the matrix: a page (route template), a handler, a method and which record fills the route.</summary>
    public sealed record Cell(string Page, string Route, string Handler, string Method, string Record)
    {
        public string Key => $"{Method} {Route}{(Handler.Length > 0 ? "?handler=" + Handler : "")} [{Record}]";
    }

    /// <summary>The app's pages and their handler methods, as Razor Pages finds them (On{Verb}{Name}[Async]).</summary>
    public static IReadOnlyList<Cell> Enumerate(IServiceProvider services, Func<string, IReadOnlyList<string>> recordsOf)
    {
        var pageModels = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .ToDictionary(PagePath, StringComparer.OrdinalIgnoreCase);
        var cells = new List<Cell>();
        var pages = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
            .Select(e => (Page: e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()!.ViewEnginePath, Route: "/" + e.RoutePattern.RawText!.TrimStart('/')))
            // "/Units/Index" is also "/Units" and "/Units/Index": one route per page is enough.
            .GroupBy(p => p.Page).Select(g => g.OrderBy(p => p.Route.Length).First())
            .OrderBy(p => p.Page, StringComparer.Ordinal);
        foreach (var (page, route) in pages)
        {
            var handlers = pageModels.TryGetValue(page, out var model) ? Handlers(model).ToList() : [];
            if (handlers.Count == 0)
            {
                // A page without handler methods still answers GET.
                handlers.Add(("GET", ""));
            }

            foreach (var record in route.Contains('{', StringComparison.Ordinal) ? recordsOf(page) : ["-"])
            {
                cells.AddRange(handlers.Select(h => new Cell(page, route, h.Name, h.Method, record)));
            }
        }

        return cells;
    }

    /// <summary>The handler methods of a page model, its own and those of the app's base classes (lists): OnGet, OnPostShare, OnGetCsvAsync...</summary>
    private static IEnumerable<(string Method, string Name)> Handlers(Type model)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType!.Assembly == typeof(Program).Assembly))
        {
            if (HandlerName().Match(method.Name) is { Success: true } match && seen.Add((match.Groups[1].Value.ToUpperInvariant(), match.Groups[2].Value)))
            {
                yield return (match.Groups[1].Value.ToUpperInvariant(), match.Groups[2].Value);
            }
        }
    }

    private static string PagePath(Type model)
    {
        // PropertyManager.Web.Pages.Admin.Sync.IndexModel -> /Admin/Sync/Index
        var ns = model.Namespace!["PropertyManager.Web.Pages".Length..].Replace('.', '/');
        return $"{ns}/{model.Name[..^"Model".Length]}";
    }

    /// <summary>The outcome as the matrix shows it.</summary>
    public static async Task<string> OutcomeAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (response.Headers.Location is { } location)
        {
            // Absolute or relative, the port differs per deployment: the path and query only.
            var target = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
            target = Guids().Replace(target, "{id}");
            target = Regex.Replace(target, "ReturnUrl=[^&]*", "ReturnUrl=…");
            return $"{status} → {target}";
        }

        if (status != 200)
        {
            return status.ToString(CultureInfo.InvariantCulture);
        }

        var body = await response.Content.ReadAsStringAsync();
        var names = (P1().IsMatch(body) ? "P1" : "") + (P2().IsMatch(body) ? (P1().IsMatch(body) ? "+P2" : "P2") : "");
        return names.Length > 0 ? $"200 {names}" : "200";
    }

    /// <summary>The form fields a page renders (inputs with values, checked boxes, selected or first options, textareas).</summary>
    public static Dictionary<string, string> FormFields(string html)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputTag().Matches(html))
        {
            var tag = input.Value;
            if (Attribute(tag, "name") is not { } name || name == "__RequestVerificationToken")
            {
                continue;
            }

            var type = Attribute(tag, "type") ?? "text";
            if (type is "checkbox" or "radio" && !tag.Contains(" checked", StringComparison.Ordinal))
            {
                continue;
            }

            fields.TryAdd(name, WebUtility.HtmlDecode(Attribute(tag, "value") ?? ""));
        }

        foreach (Match select in SelectTag().Matches(html))
        {
            var options = OptionTag().Matches(select.Groups[2].Value).ToList();
            var chosen = options.FirstOrDefault(o => o.Value.Contains(" selected", StringComparison.Ordinal))
                ?? options.FirstOrDefault(o => (Attribute(o.Value, "value") ?? "").Length > 0);
            if (Attribute(select.Groups[1].Value, "name") is { } name && chosen is not null)
            {
                fields.TryAdd(name, WebUtility.HtmlDecode(Attribute(chosen.Value, "value") ?? ""));
            }
        }

        foreach (Match area in TextareaTag().Matches(html))
        {
            if (Attribute(area.Groups[1].Value, "name") is { } name)
            {
                fields.TryAdd(name, WebUtility.HtmlDecode(area.Groups[2].Value));
            }
        }

        return fields;
    }

    /// <summary>The matrix as markdown: one row per cell, one column per role, and how each deployment compared.</summary>
    public static string Markdown(
        IReadOnlyList<Cell> cells, IReadOnlyDictionary<(string Cell, string Role), string> outcomes, IEnumerable<string> deploymentLines)
    {
        var text = new StringBuilder();
        text.AppendLine("# Authorization matrix").AppendLine();
        text.AppendLine("Written by `AuthorizationMatrixTests`. P1 = the page names the scoped users' property (Property 1), " +
            "P2 = the other manager's (Property 2). own = a record of Property 1, foreign = of Property 2.").AppendLine();
        foreach (var line in deploymentLines)
        {
            text.AppendLine("- " + line);
        }

        text.AppendLine().Append("| request |");
        foreach (var role in RoleOrder)
        {
            text.Append(' ').Append(role).Append(" |");
        }

        text.AppendLine().Append("| --- |").AppendLine(string.Concat(RoleOrder.Select(_ => " --- |")));
        foreach (var cell in cells)
        {
            text.Append("| `").Append(cell.Key.Replace("|", "\\|", StringComparison.Ordinal)).Append("` |");
            foreach (var role in RoleOrder)
            {
                text.Append(' ').Append(outcomes.GetValueOrDefault((cell.Key, role), "")).Append(" |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"""\s{name}="([^"]*)" """.TrimEnd(), RegexOptions.IgnoreCase) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("^On(Get|Post|Put|Delete)(\\w*?)(Async)?$")]
    private static partial Regex HandlerName();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Guids();

    [GeneratedRegex(@"Property 1(?![0-9])")]
    private static partial Regex P1();

    [GeneratedRegex(@"Property 2(?![0-9])")]
    private static partial Regex P2();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SelectTag();

    [GeneratedRegex("<option\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex OptionTag();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TextareaTag();
}
