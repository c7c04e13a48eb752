using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace PropertyManager.BuildiumEmulator.Tests.Infrastructure;

/// <summary>One webhook POST as the receiver saw it, with the check a real receiver would make.</summary>
public sealed record ReceivedWebhook(string Body, string? Timestamp, string? Signature, string? ContentType, DateTimeOffset ReceivedAt)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    public string EventName => Json[nameof(EventName)]!.GetValue<string>();

    /// <summary>Buildium's documented check: base64(HMAC-SHA256(secret, "{timestamp}.{body}")), compared case-sensitively.</summary>
    public bool HasValidSignature(string secret)
    {
        if (Timestamp is null || Signature is null)
        {
            return false;
        }

        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{Timestamp}.{Body}")));
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(Signature));
    }
}
