using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Users;
using PropertyManager.Data;
using PropertyManager.Data.Staff;

namespace PropertyManager.Sync.Staff;

/// <summary>
/// Refreshes <c>buildium_staff_users</c> from <c>GET /v1/users?usertypes=Staff</c>: one list call per run (Buildium
/// has no change filter on users, and an account has few). A user no longer listed stays, marked inactive, so a task
/// still assigned to them keeps a name.
/// </summary>
public sealed class StaffUserRefresh(AppDbContext db, BuildiumClient client, TimeProvider time)
{
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var listed = new Dictionary<int, UserMessage>();
        await foreach (var user in client.Users.ListAsync(new UserListFilter { UserTypes = [UserType.Staff] }, cancellationToken))
        {
            listed[user.Id] = user;
        }

        var known = await db.StaffUsers.ToDictionaryAsync(u => u.BuildiumUserId, cancellationToken);
        foreach (var (id, user) in listed)
        {
            if (!known.TryGetValue(id, out var row))
            {
                row = new StaffUser { BuildiumUserId = id };
                db.StaffUsers.Add(row);
            }

            row.FirstName = Fit(user.FirstName, 100);
            row.LastName = Fit(user.LastName, 100);
            row.CompanyName = Fit(user.CompanyName, 255);
            row.Email = Fit(user.Email, 255);
            row.IsActive = user.IsActive;
            row.RefreshedAt = now;
        }

        foreach (var gone in known.Values.Where(u => !listed.ContainsKey(u.BuildiumUserId) && u.IsActive))
        {
            gone.IsActive = false;
            gone.RefreshedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return listed.Count;
    }

    private static string? Fit(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;
}
