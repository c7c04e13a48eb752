using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PropertyManager.Data.Security;

/// <summary>
/// The signed form of a <see cref="DataAccess"/>: <c>v1|access|user id|can write|backend pid|expires (unix s)|HMAC</c>,
/// HMAC-SHA256 over everything before the last separator with the database's session key. PostgreSQL checks it in
/// <c>pm_private.session_claims()</c> (a <c>SECURITY DEFINER</c> function; the key's table is the owner's alone), so
/// the app's login role cannot widen its access, change the user or the write flag, or reuse a token on another
/// backend or after it expired. Backend 0 means any backend: only the webhook scope, set as a connection option.
/// </summary>
public static class SessionToken
{
    public const char Separator = '|';

    /// <summary>Per connection open: long enough for the longest sync batch on one connection, short enough to limit replay.</summary>
    public static TimeSpan Lifetime { get; } = TimeSpan.FromHours(8);

    /// <summary>The connection-option token of the webhook data source lives as long as the process.</summary>
    public static TimeSpan ConnectionOptionLifetime { get; } = TimeSpan.FromDays(3650);

    public static string Create(DataAccess access, int backendPid, DateTimeOffset expires, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(access);
        var message = string.Join(
            Separator,
            "v1",
            access.Access,
            access.UserId ?? "",
            access.CanWrite ? "true" : "false",
            backendPid.ToString(CultureInfo.InvariantCulture),
            expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message));
        return message + Separator + Convert.ToHexStringLower(mac);
    }
}
