using System.Security.Cryptography;
using System.Text;

namespace PropertyManager.BuildiumEmulator.Webhooks;

/// <summary>Buildium's signature: base64(HMAC-SHA256(secret as UTF-8, "{timestamp}.{body}")).</summary>
internal static class WebhookSigner
{
    public static string Sign(string secret, long unixTimestamp, string body)
    {
        var payload = Encoding.UTF8.GetBytes($"{unixTimestamp}.{body}");
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload));
    }
}
