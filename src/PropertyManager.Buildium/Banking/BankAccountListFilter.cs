using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Banking;

/// <summary>Filters of <c>GET /v1/bankaccounts</c> (no updated-since filter exists).</summary>
public sealed class BankAccountListFilter : IBuildiumListFilter
{
    public BankAccountStatus? BankAccountStatus { get; init; }

    public string? BankName { get; init; }

    public IReadOnlyCollection<string>? RoutingNumbers { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .Add("bankaccountstatus", BankAccountStatus)
            .Add("bankname", BankName)
            .AddMany("routingnumbers", RoutingNumbers);
    }
}
