using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Resources;

/// <summary>
/// The generic list / get / create / update handlers every Buildium endpoint uses: paging, X-Total-Count,
/// orderby, filters, 404s, 201 + Location, and PUT that replaces the record with what the body says.
/// </summary>
internal static class ResourceEndpoints
{
    public const string IdRoute = "{id:int}";

    public static RouteHandlerBuilder MapList<T>(this IEndpointRouteBuilder app, string pattern, ResourceView<T> view)
        where T : class, IBuildiumRecord => app.MapGet(pattern, (HttpContext http) => List(http, view));

    public static RouteHandlerBuilder MapGetById<T>(this IEndpointRouteBuilder app, string pattern, ResourceView<T> view)
        where T : class, IBuildiumRecord => app.MapGet(pattern, (HttpContext http) => BuildiumResults.Json(view.Project(Find(http, view))));

    public static RouteHandlerBuilder MapCreate<T, TBody>(this IEndpointRouteBuilder app, string pattern, ResourceView<T> view, Func<TBody, HttpContext, T> build)
        where T : class, IBuildiumRecord
        where TBody : class => app.MapPost(pattern, async (HttpContext http) =>
        {
            var parentId = RequireParent(http, view);
            var body = await JsonBodyReader.ReadAsync<TBody>(http.Request);
            var record = view.Kind.Add(build(body, http), parentId);
            return BuildiumResults.Created(http, $"{http.Request.Path}/{record.Id}", view.Project(record));
        });

    public static RouteHandlerBuilder MapUpdate<T, TBody>(this IEndpointRouteBuilder app, string pattern, ResourceView<T> view, Func<StoredRecord<T>, TBody, HttpContext, T> build)
        where T : class, IBuildiumRecord
        where TBody : class => app.MapPut(pattern, async (HttpContext http) =>
        {
            var existing = Find(http, view);
            var body = await JsonBodyReader.ReadAsync<TBody>(http.Request);
            var record = view.Kind.Replace(existing.Id, build(existing, body, http));
            return BuildiumResults.Json(view.Project(record));
        });

    public static IResult List<T>(HttpContext http, ResourceView<T> view)
        where T : class, IBuildiumRecord
    {
        var parentId = RequireParent(http, view);
        var query = http.Request.Query;
        var listQuery = ListQuery.Parse(query, typeof(T));
        var predicates = view.Filters.Select(f => f(query)).OfType<Func<StoredRecord<T>, bool>>().ToList();
        if (view.Scope is not null)
        {
            predicates.Insert(0, view.Scope);
        }

        IEnumerable<StoredRecord<T>> records = view.Parent is null ? view.Kind.Store.All() : view.Kind.Store.ChildrenOf(parentId);
        return Page(http, records, listQuery, predicates, view.Project);
    }

    /// <summary>Filters, sorts and pages records built elsewhere (views computed from other kinds use it too).</summary>
    public static IResult Page<T>(HttpContext http, IEnumerable<StoredRecord<T>> records, ListQuery listQuery, IReadOnlyList<Func<StoredRecord<T>, bool>> predicates, Func<StoredRecord<T>, object> project)
        where T : class
    {
        if (predicates.Count > 0)
        {
            records = records.Where(r => predicates.All(p => p(r)));
        }

        var matching = records.ToList();
        if (!AlreadyInOrder(matching, listQuery.OrderBy))
        {
            matching = [.. Sort(matching, listQuery.OrderBy)];
        }

        var page = matching.Skip(listQuery.Offset).Take(listQuery.Limit).Select(project).ToList();
        return BuildiumResults.List(page, matching.Count, http);
    }

    /// <summary>The record named by the route's {id}, within the view's scope and parent; otherwise 404.</summary>
    public static StoredRecord<T> Find<T>(HttpContext http, ResourceView<T> view)
        where T : class, IBuildiumRecord
    {
        var parentId = RequireParent(http, view);
        var id = RouteInt(http, "id");
        var record = view.Kind.Store.Find(id);
        if (record is null || (view.Scope is not null && !view.Scope(record)) || (view.Parent is not null && record.ParentId != parentId))
        {
            throw BuildiumApiException.NotFound(view.NotFoundMessage ?? view.Kind.NotFoundMessage);
        }

        return record;
    }

    public static int RouteInt(HttpContext http, string key) =>
        int.TryParse(http.Request.RouteValues[key]?.ToString(), out var value) ? value : throw BuildiumApiException.NotFound("The requested resource was not found.");

    private static int RequireParent<T>(HttpContext http, ResourceView<T> view)
        where T : class, IBuildiumRecord
    {
        if (view.Parent is not { } parent)
        {
            return 0;
        }

        var parentId = RouteInt(http, parent.RouteKey);
        return parent.Exists(http, parentId) ? parentId : throw BuildiumApiException.NotFound(parent.NotFoundMessage);
    }

    /// <summary>
    /// True when the order asked for is <c>Id asc</c> (what the client always asks for) and the records already come in
    /// that order, as the stores hand them out: the general sort reads every record's key by reflection and took about
    /// half of a list request's CPU (20,000 records sorted for each page of 1000), for the same page.
    /// </summary>
    private static bool AlreadyInOrder<T>(List<StoredRecord<T>> records, IReadOnlyList<OrderByClause> orderBy)
        where T : class
    {
        if (orderBy is not [{ Descending: false } clause] || !clause.Path.IsProperty(nameof(IBuildiumRecord.Id)))
        {
            return false;
        }

        int? previous = null;
        foreach (var record in records)
        {
            if (record.Value is not IBuildiumRecord { Id: { } id } || id != record.Id || id <= previous)
            {
                return false;
            }

            previous = id;
        }

        return true;
    }

    private static IEnumerable<StoredRecord<T>> Sort<T>(IEnumerable<StoredRecord<T>> records, IReadOnlyList<OrderByClause> orderBy)
        where T : class
    {
        if (orderBy.Count == 0)
        {
            return records; // Stores hand out records in id order already.
        }

        IOrderedEnumerable<StoredRecord<T>>? ordered = null;
        foreach (var clause in orderBy)
        {
            Func<StoredRecord<T>, object?> key = r => clause.Path.Read(r.Value);
            ordered = (ordered, clause.Descending) switch
            {
                (null, false) => records.OrderBy(key, SortValueComparer.Instance),
                (null, true) => records.OrderByDescending(key, SortValueComparer.Instance),
                (_, false) => ordered.ThenBy(key, SortValueComparer.Instance),
                (_, true) => ordered.ThenByDescending(key, SortValueComparer.Instance),
            };
        }

        // Id breaks ties so pages stay consistent, as Buildium recommends.
        return ordered!.ThenBy(r => r.Id);
    }
}
