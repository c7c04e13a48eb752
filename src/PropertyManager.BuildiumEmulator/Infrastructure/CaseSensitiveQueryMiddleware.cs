using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>
/// Buildium's query parameter names are case-sensitive (all lowercase in openapi.json) while ASP.NET's query
/// collection ignores case. The guide says a miscased <c>limit</c>/<c>offset</c> answers 404; any other miscased
/// name is simply a parameter Buildium does not know, and unknown parameters are ignored. So <c>LIMIT=5</c>
/// never limits and <c>PropertyIds=1</c> never filters.
/// </summary>
internal sealed class CaseSensitiveQueryMiddleware(RequestDelegate next)
{
    private static readonly string[] _pagingNames = ["limit", "offset"];

    public async Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith("/v1", StringComparison.Ordinal) || !http.Request.QueryString.HasValue)
        {
            await next(http);
            return;
        }

        var dropped = false;
        var kept = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (name, values) in ParseOrdinal(http.Request.QueryString.Value!))
        {
            if (!name.Equals(name.ToLowerInvariant(), StringComparison.Ordinal))
            {
                if (_pagingNames.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    await BuildiumResults.WriteErrorAsync(http, StatusCodes.Status404NotFound, $"The query parameter '{name}' is not recognised. The limit and offset parameter names are case-sensitive.");
                    return;
                }

                dropped = true;
                continue;
            }

            kept[name] = values;
        }

        if (dropped)
        {
            // Handlers read Request.Query; from here on it holds only the names Buildium could know (all lowercase).
            http.Features.Set<IQueryFeature>(new QueryFeature(new QueryCollection(kept)));
        }

        await next(http);
    }

    /// <summary>Groups values by exact name (QueryHelpers merges names that differ only in case).</summary>
    private static List<KeyValuePair<string, StringValues>> ParseOrdinal(string queryString)
    {
        var grouped = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in new QueryStringEnumerable(queryString))
        {
            var name = pair.DecodeName().ToString();
            if (!grouped.TryGetValue(name, out var values))
            {
                grouped[name] = values = [];
            }

            values.Add(pair.DecodeValue().ToString());
        }

        return [.. grouped.Select(g => new KeyValuePair<string, StringValues>(g.Key, new StringValues([.. g.Value])))];
    }
}
