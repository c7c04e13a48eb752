using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PropertyManager.Data.Security;

/// <summary>
/// Hands the scope's <see cref="DataAccess"/> to PostgreSQL every time EF Core opens a connection, so the row level
/// security policies, not the pages, decide which portfolio a request sees. Pooled connections are reset when they
/// return to the pool, and set again on the next open.
/// </summary>
public sealed class DataAccessInterceptor(IDataAccessScope scope) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        DataAccessSession.Apply(connection, scope.Current);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        DataAccessSession.ApplyAsync(connection, scope.Current, cancellationToken);
}
