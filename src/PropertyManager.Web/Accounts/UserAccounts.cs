using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Accounts;

namespace PropertyManager.Web.Accounts;

/// <summary>
/// The account rules the admin pages and the <c>users</c> verb share: one role per user, a generated password when
/// none is given, disabling that ends existing sessions, and never leaving the app without an enabled administrator.
/// </summary>
public sealed class UserAccounts(UserManager<AppUser> users, AccountsDbContext db, TimeProvider time)
{
    /// <summary>A lockout end this far ahead means "disabled by an administrator", not "too many wrong passwords".</summary>
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await (
            from u in db.Users.AsNoTracking()
            join ur in db.UserRoles on u.Id equals ur.UserId into userRoles
            from ur in userRoles.DefaultIfEmpty()
            join r in db.Roles on ur.RoleId equals r.Id into roles
            from r in roles.DefaultIfEmpty()
            orderby u.NormalizedEmail
            select new { u.Id, u.Email, Role = r.Name, u.LockoutEnd, u.CreatedAt })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return rows
            .GroupBy(r => r.Id)
            .Select(g => g.First())
            .Select(r => new UserSummary(r.Id, r.Email ?? "", r.Role, StatusOf(r.LockoutEnd, now), r.LockoutEnd, r.CreatedAt))
            .ToList();
    }

    public Task<AppUser?> FindByEmailAsync(string email) => users.FindByEmailAsync(email.Trim());

    public Task<AppUser?> FindByIdAsync(Guid id) => users.FindByIdAsync(id.ToString());

    public UserStatus StatusOf(AppUser user) => StatusOf(user.LockoutEnd, time.GetUtcNow());

    /// <summary>Creates a user with one role; without a password, generates one and returns it (to be shown once).</summary>
    public async Task<AccountResult> AddAsync(string email, string role, string? password, CancellationToken cancellationToken)
    {
        email = email.Trim();
        if (Roles.Find(role) is not { } roleName)
        {
            return UnknownRole(role);
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return AccountResult.Failure(AccountField.Email, $"A user with the e-mail address {email} already exists.");
        }

        var generated = string.IsNullOrEmpty(password) ? PasswordGenerator.Generate() : null;
        var user = new AppUser { UserName = email, Email = email, CreatedAt = time.GetUtcNow() };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, generated ?? password!);
        if (!created.Succeeded)
        {
            return FromIdentity(created);
        }

        var added = await users.AddToRoleAsync(user, roleName);
        if (!added.Succeeded)
        {
            return FromIdentity(added);
        }

        await transaction.CommitAsync(cancellationToken);
        return AccountResult.Success(generated);
    }

    /// <summary>Makes <paramref name="role"/> the user's only role. Their session picks it up at its next check.</summary>
    public async Task<AccountResult> SetRoleAsync(AppUser user, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Roles.Find(role) is not { } roleName)
        {
            return UnknownRole(role);
        }

        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == roleName)
        {
            return AccountResult.Success();
        }

        if (roleName != Roles.Admin && await IsLastEnabledAdminAsync(user, cancellationToken))
        {
            return AccountResult.Failure(AccountField.Role,
                $"{user.Email} is the only enabled administrator: make another user Admin first, so someone can still manage accounts.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = current.Count == 0 ? IdentityResult.Success : await users.RemoveFromRolesAsync(user, current);
        var result = removed.Succeeded ? await users.AddToRoleAsync(user, roleName) : removed;
        if (!result.Succeeded)
        {
            return FromIdentity(result);
        }

        await transaction.CommitAsync(cancellationToken);
        return AccountResult.Success();
    }

    /// <summary>Locks the account until enabled again and changes its security stamp, so existing sign-ins end too.</summary>
    public async Task<AccountResult> DisableAsync(AppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await IsLastEnabledAdminAsync(user, cancellationToken))
        {
            return AccountResult.Failure(AccountField.Account,
                $"{user.Email} is the only enabled administrator and cannot be disabled: make another user Admin first.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.SetLockoutEnabledAsync(user, true);
        result = result.Succeeded ? await users.SetLockoutEndDateAsync(user, DisabledUntil) : result;
        result = result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
        if (!result.Succeeded)
        {
            return FromIdentity(result);
        }

        await transaction.CommitAsync(cancellationToken);
        return AccountResult.Success();
    }

    /// <summary>Ends a disable or a lockout, with a fresh count of failed attempts.</summary>
    public async Task<AccountResult> EnableAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await users.SetLockoutEndDateAsync(user, null);
        result = result.Succeeded ? await users.ResetAccessFailedCountAsync(user) : result;
        return result.Succeeded ? AccountResult.Success() : FromIdentity(result);
    }

    /// <summary>
    /// An administrator sets a new password (generated and returned, to be shown once, when none is given). The
    /// security stamp changes with it, so every open session of the user ends; a lockout ends too (not a disable).
    /// </summary>
    public async Task<AccountResult> ResetPasswordAsync(AppUser user, string? password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var generated = string.IsNullOrEmpty(password) ? PasswordGenerator.Generate() : null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Remove then add, in one transaction: Identity's validators judge the new password (a refused one rolls back).
        var result = await users.RemovePasswordAsync(user);
        result = result.Succeeded ? await users.AddPasswordAsync(user, generated ?? password!) : result;
        if (result.Succeeded && StatusOf(user) == UserStatus.LockedOut)
        {
            result = await users.SetLockoutEndDateAsync(user, null);
        }

        result = result.Succeeded ? await users.ResetAccessFailedCountAsync(user) : result;
        if (!result.Succeeded)
        {
            return FromIdentity(result);
        }

        await transaction.CommitAsync(cancellationToken);
        return AccountResult.Success(generated);
    }

    /// <summary>A signed-in user changes their own password, proving they know the current one; other sessions end.</summary>
    public async Task<AccountResult> ChangePasswordAsync(AppUser user, string currentPassword, string newPassword)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (result.Succeeded)
        {
            return AccountResult.Success();
        }

        return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
            ? AccountResult.Failure(AccountField.CurrentPassword, "This is not your current password.")
            : FromIdentity(result);
    }

    private static UserStatus StatusOf(DateTimeOffset? lockoutEnd, DateTimeOffset now) => lockoutEnd switch
    {
        { } end when end > now.AddYears(100) => UserStatus.Disabled,
        { } end when end > now => UserStatus.LockedOut,
        _ => UserStatus.Active,
    };

    private async Task<bool> IsLastEnabledAdminAsync(AppUser user, CancellationToken cancellationToken)
    {
        if (!await users.IsInRoleAsync(user, Roles.Admin) || StatusOf(user) == UserStatus.Disabled)
        {
            return false;
        }

        var limit = time.GetUtcNow().AddYears(100);
        var otherAdmins = await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where r.Name == Roles.Admin && u.Id != user.Id && (u.LockoutEnd == null || u.LockoutEnd < limit)
            select u.Id).AnyAsync(cancellationToken);
        return !otherAdmins;
    }

    private static AccountResult UnknownRole(string? role) =>
        AccountResult.Failure(AccountField.Role, $"Unknown role '{role}': use {string.Join(", ", Roles.All)}.");

    /// <summary>Identity's own messages, each beside its field; the user name is the e-mail, so its errors are the e-mail's.</summary>
    private static AccountResult FromIdentity(IdentityResult result)
    {
        var errors = result.Errors
            .Where(e => e.Code is not (nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName))
                || result.Errors.All(o => !o.Code.Contains("Email", StringComparison.Ordinal)))
            .Select(e => new AccountError(
                e.Code.StartsWith("Password", StringComparison.Ordinal) ? AccountField.Password
                : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? AccountField.Email
                : e.Code.Contains("Role", StringComparison.Ordinal) ? AccountField.Role
                : AccountField.Account,
                e.Description))
            .ToList();
        return new AccountResult(errors);
    }
}
