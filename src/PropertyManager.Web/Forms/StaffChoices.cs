using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;

namespace PropertyManager.Web.Forms;

/// <summary>
/// Assignees are Buildium staff users picked from the cached list (<c>buildium_staff_users</c>), never typed: the id
/// is stored, the name is shown. An assignee the record already has stays choosable even if no longer active, so an
/// unrelated edit does not force a new one.
/// </summary>
public static class StaffChoices
{
    public const string NotInList = "Choose a Buildium staff user from the list (the list comes from Buildium with each sync).";

    public static async Task<IReadOnlyList<SelectListItem>> LoadAsync(AppDbContext db, string? current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var currentId = ParseId(current);
        var users = await db.StaffUsers.AsNoTracking()
            .Where(u => u.IsActive || u.BuildiumUserId == currentId)
            .ToListAsync(cancellationToken);
        var items = users
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(u => new SelectListItem(u.IsActive ? u.DisplayName : $"{u.DisplayName} (inactive in Buildium)", Id(u.BuildiumUserId)))
            .ToList();
        if (!string.IsNullOrWhiteSpace(current) && items.All(i => i.Value != current.Trim()))
        {
            items.Add(new SelectListItem($"{current.Trim()} (not a known Buildium staff user)", current.Trim()));
        }

        return items;
    }

    /// <summary>Adds <see cref="NotInList"/> to <paramref name="key"/> unless the value is blank, an active staff user, or unchanged.</summary>
    public static async Task CheckAsync(AppDbContext db, ModelStateDictionary modelState, string key, string? value, string? unchanged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(modelState);
        if (string.IsNullOrWhiteSpace(value) || string.Equals(value.Trim(), unchanged?.Trim(), StringComparison.Ordinal))
        {
            return;
        }

        var id = ParseId(value);
        if (id is null || !await db.StaffUsers.AsNoTracking().AnyAsync(u => u.BuildiumUserId == id && u.IsActive, cancellationToken))
        {
            modelState.AddModelError(key, NotInList);
        }
    }

    /// <summary>"Morgan Reyes" for a stored id of a known user; otherwise what is stored.</summary>
    public static async Task<string?> NameAsync(AppDbContext db, string? stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (ParseId(stored) is not { } id)
        {
            return stored;
        }

        var user = await db.StaffUsers.AsNoTracking().FirstOrDefaultAsync(u => u.BuildiumUserId == id, cancellationToken);
        return user is null ? stored : user.DisplayName;
    }

    private static int? ParseId(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
