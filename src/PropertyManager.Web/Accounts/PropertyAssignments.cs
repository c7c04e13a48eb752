using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;

namespace PropertyManager.Web.Accounts;

/// <summary>
/// Which properties a manager or viewer may see (<c>user_property_access</c>; a row without a property means all of
/// them). The row level security policies read the table; only an 'all' connection (admins, the command line) may
/// change it.
/// </summary>
public sealed class PropertyAssignments(AppDbContext db)
{
    public async Task<(bool AllProperties, IReadOnlyList<Guid> PropertyIds)> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        var rows = await db.Database
            .SqlQuery<Guid?>($"SELECT property_id AS \"Value\" FROM user_property_access WHERE user_id = {userId.ToString()}")
            .ToListAsync(cancellationToken);
        return (rows.Contains(null), rows.OfType<Guid>().ToList());
    }

    /// <summary>Replaces the user's assignments.</summary>
    public async Task SetAsync(Guid userId, bool allProperties, IReadOnlyCollection<Guid> propertyIds, CancellationToken cancellationToken)
    {
        var user = userId.ToString();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM user_property_access WHERE user_id = {user}", cancellationToken);
        await AddAsync(user, allProperties, propertyIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Adds to the user's assignments; unknown property ids are ignored.</summary>
    /// <returns>How many of <paramref name="propertyIds"/> exist.</returns>
    public async Task<int> GrantAsync(Guid userId, bool allProperties, IReadOnlyCollection<Guid> propertyIds, CancellationToken cancellationToken) =>
        await AddAsync(userId.ToString(), allProperties, propertyIds, cancellationToken);

    private async Task<int> AddAsync(string user, bool allProperties, IReadOnlyCollection<Guid> propertyIds, CancellationToken cancellationToken)
    {
        if (allProperties)
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO user_property_access (user_id, property_id) VALUES ({user}, NULL) ON CONFLICT DO NOTHING", cancellationToken);
        }

        var ids = propertyIds.ToArray();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO user_property_access (user_id, property_id) SELECT {user}, p.id FROM properties p WHERE p.id = ANY({ids}) ON CONFLICT DO NOTHING",
            cancellationToken);
        return await db.Properties.CountAsync(p => ids.Contains(p.Id), cancellationToken);
    }
}
