using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.GlAccounts;

/// <summary>Filters of <c>GET /v1/glaccounts</c>.</summary>
public sealed class GLAccountListFilter : IBuildiumListFilter
{
    public IReadOnlyCollection<GLAccountType>? AccountTypes { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .AddMany("accounttypes", AccountTypes);
    }
}
