using System.Net;
using Microsoft.AspNetCore.Identity;
using PropertyManager.Data.Accounts;

namespace PropertyManager.Web.Accounts;

/// <summary>
/// Sign-in by e-mail and password that tells an attacker nothing: an unknown address, a wrong password, a locked or
/// disabled account and a throttled address all verify one password hash (the same work, so the same time) and get
/// the same answer. Failures are throttled per address and account (<see cref="SignInThrottle"/>), never by locking
/// the account, so guessing cannot keep its owner out.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IPasswordHasher<AppUser> hasher,
    SignInThrottle throttle,
    ILogger<PasswordSignIn> logger)
{
    /// <summary>The one answer to every refused sign-in.</summary>
    public const string RefusedMessage = "Wrong e-mail address or password, or this account cannot sign in right now.";

    private static readonly Lock _dummyLock = new();
    private static string? _dummyHash;

    public async Task<bool> SignInAsync(string email, string password, bool persistent, IPAddress? address)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(password);
        var normalized = users.NormalizeEmail(email.Trim()) ?? "";
        var user = await users.FindByEmailAsync(email.Trim());
        var throttled = throttle.IsThrottled(address, normalized);

        // Always exactly one hash verification, against the user's hash or a dummy one of the same strength.
        var stored = user?.PasswordHash ?? DummyHash();
        var verified = hasher.VerifyHashedPassword(user ?? new AppUser(), stored, password) != PasswordVerificationResult.Failed
            && user?.PasswordHash is not null;
        var locked = user is not null && await users.IsLockedOutAsync(user);

        if (verified && !locked && !throttled)
        {
            throttle.Reset(address, normalized);
            await signIn.SignInAsync(user!, persistent, "pwd");
            logger.LogInformation("{Email} signed in", user!.Email);
            return true;
        }

        if (!verified)
        {
            throttle.RecordFailure(address, normalized);
        }

        // The reason is for the log only; the person at the form sees RefusedMessage whatever it is.
        var reason = user is null ? "unknown e-mail" : !verified ? "wrong password" : locked ? "locked or disabled" : "throttled";
        logger.LogWarning("Sign-in refused for {Email} from {Address}: {Reason}", email, address, reason);
        return false;
    }

    private string DummyHash()
    {
        lock (_dummyLock)
        {
            // Made by the app's own hasher, so it costs what a real one costs (same algorithm and iterations).
            return _dummyHash ??= hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString());
        }
    }
}
