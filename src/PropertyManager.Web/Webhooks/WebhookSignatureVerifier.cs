using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PropertyManager.Web.Webhooks;

/// <summary>
/// Buildium's signature: base64(HMAC-SHA256(secret, "{timestamp}.{body}")) in <c>buildium-webhook-signature</c>, the
/// Unix timestamp in <c>buildium-webhook-timestamp</c>. Checked against the current and the previous secret, over
/// the raw body and then its compact form, always in constant time.
/// </summary>
public sealed class WebhookSignatureVerifier(IOptionsMonitor<BuildiumWebhookOptions> options, TimeProvider time)
{
    public const string TimestampHeader = "buildium-webhook-timestamp";
    public const string SignatureHeader = "buildium-webhook-signature";

    private const int HashLength = 32;
    private const long MillisecondsFrom = 100_000_000_000;

    /// <summary>
    /// Checks the headers and <paramref name="body"/>. <paramref name="compact"/> is the compact form when one was
    /// computed (the caller reuses it for the event id), else null.
    /// </summary>
    public WebhookVerification Verify(string? timestamp, string? signature, byte[] body, out byte[]? compact)
    {
        ArgumentNullException.ThrowIfNull(body);
        compact = null;
        var settings = options.CurrentValue;
        if (string.IsNullOrEmpty(settings.WebhookSecret))
        {
            return WebhookVerification.NoSecretConfigured;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return WebhookVerification.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            || unix > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return WebhookVerification.BadTimestamp;
        }

        var age = time.GetUtcNow() - SentAt(unix);
        if (age.Duration() > settings.WebhookTolerance)
        {
            return WebhookVerification.StaleTimestamp;
        }

        Span<byte> expected = stackalloc byte[HashLength];
        if (!Convert.TryFromBase64String(signature, expected, out var written) || written != HashLength)
        {
            return WebhookVerification.BadSignature;
        }

        if (Matches(settings, timestamp, body, expected))
        {
            return WebhookVerification.Valid;
        }

        compact = CompactJson.Minify(body);
        return compact is not null && Matches(settings, timestamp, compact, expected) ? WebhookVerification.Valid : WebhookVerification.BadSignature;
    }

    /// <summary>
    /// Buildium writes "a UNIX timestamp" without a unit (NOTES.md §7): seconds and milliseconds are both taken. A
    /// value of 10^11 or more is milliseconds, since in seconds it would be more than 3,000 years ahead.
    /// </summary>
    public static DateTimeOffset SentAt(long unix) => unix >= MillisecondsFrom
        ? DateTimeOffset.FromUnixTimeMilliseconds(unix)
        : DateTimeOffset.FromUnixTimeSeconds(unix);

    /// <summary>The signature header value for a body (what Buildium sends); for tests and tools.</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(timestamp);
        Span<byte> hash = stackalloc byte[HashLength];
        Compute(Encoding.UTF8.GetBytes(secret), timestamp, body, hash);
        return Convert.ToBase64String(hash);
    }

    private static bool Matches(BuildiumWebhookOptions settings, string timestamp, ReadOnlySpan<byte> body, ReadOnlySpan<byte> expected)
    {
        Span<byte> actual = stackalloc byte[HashLength];
        foreach (var secret in (ReadOnlySpan<string?>)[settings.WebhookSecret, settings.PreviousWebhookSecret])
        {
            if (string.IsNullOrEmpty(secret))
            {
                continue;
            }

            Compute(Encoding.UTF8.GetBytes(secret), timestamp, body, actual);
            if (CryptographicOperations.FixedTimeEquals(actual, expected))
            {
                return true;
            }
        }

        return false;
    }

    private static void Compute(byte[] key, string timestamp, ReadOnlySpan<byte> body, Span<byte> hash)
    {
        // "{timestamp}.{body}" assembled in one pooled buffer: the body is hashed as received, never re-encoded.
        var length = timestamp.Length + 1 + body.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var prefix = Encoding.UTF8.GetBytes(timestamp, buffer);
            buffer[prefix] = (byte)'.';
            body.CopyTo(buffer.AsSpan(prefix + 1));
            HMACSHA256.HashData(key, buffer.AsSpan(0, prefix + 1 + body.Length), hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
