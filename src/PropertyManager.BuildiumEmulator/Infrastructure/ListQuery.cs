namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>Buildium's paging and sorting: limit (default 50, max 1000), zero-based offset, orderby "Prop [asc|desc], ...".</summary>
internal sealed record ListQuery(int Limit, int Offset, IReadOnlyList<OrderByClause> OrderBy)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    public static ListQuery Parse(IQueryCollection query, Type recordType)
    {
        var limit = QueryReader.Int(query, "limit") ?? DefaultLimit;
        if (limit < 1)
        {
            throw BuildiumApiException.BadRequest("limit", "The limit must be between 1 and 1000.");
        }

        var offset = QueryReader.Int(query, "offset") ?? 0;
        if (offset < 0)
        {
            throw BuildiumApiException.BadRequest("offset", "The offset cannot be negative.");
        }

        return new ListQuery(Math.Min(limit, MaxLimit), offset, ParseOrderBy(QueryReader.Text(query, "orderby"), recordType));
    }

    private static List<OrderByClause> ParseOrderBy(string? text, Type recordType)
    {
        var clauses = new List<OrderByClause>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return clauses;
        }

        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = words.Length == 2 && words[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            var valid = words.Length == 1 || (words.Length == 2 && (descending || words[1].Equals("asc", StringComparison.OrdinalIgnoreCase)));
            var path = valid ? PropertyPath.Resolve(recordType, words[0]) : null;
            if (path is null)
            {
                throw BuildiumApiException.BadRequest("orderby", $"'{part}' is not a valid sort. Use a property name optionally followed by asc or desc.");
            }

            clauses.Add(new OrderByClause(path, descending));
        }

        return clauses;
    }
}
