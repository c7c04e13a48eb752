using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PropertyManager.Buildium.ApiLog;

/// <summary>
/// Makes log text safe to store: masks tax ids, account and routing numbers and credentials at any
/// depth of a JSON body and in query strings, wraps non-JSON text as a JSON string (the column is
/// JSONB), and replaces oversized bodies by a summary with size and SHA-256.
/// </summary>
internal static class BuildiumLogSanitizer
{
    public const string Mask = "***";

    private static readonly HashSet<string> s_sensitiveNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "TaxPayerId", "TaxId", "AccountNumber", "AccountNumberUnmasked", "RoutingNumber",
        "TaxPayerIds", "TaxIds", "AccountNumbers", "RoutingNumbers", "ClientSecret",
    };

    // Pre-signed upload/download URLs and their headers carry short-lived credentials.
    private static readonly string[] s_sensitiveFragments = ["secret", "password", "token", "signature", "credential"];

    private static readonly HashSet<string> s_presignedUrlNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "UploadUrl", "DownloadUrl", "BucketUrl",
    };

    public static bool IsSensitiveName(string name) =>
        s_sensitiveNames.Contains(name)
        || s_sensitiveFragments.Any(f => name.Contains(f, StringComparison.OrdinalIgnoreCase));

    /// <summary>Path and query for Buildium URLs; scheme, host and path only for other hosts (pre-signed URLs).</summary>
    public static string DescribeEndpoint(Uri? uri, Uri? baseAddress)
    {
        if (uri is null)
        {
            return string.Empty;
        }

        if (!uri.IsAbsoluteUri)
        {
            return MaskQuery(uri.OriginalString);
        }

        var isBuildium = baseAddress is not null
            && Uri.Compare(uri, baseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
        return isBuildium
            ? MaskQuery(uri.PathAndQuery)
            : uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
    }

    public static string MaskQuery(string pathAndQuery)
    {
        var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
        {
            return pathAndQuery;
        }

        var parts = pathAndQuery[(q + 1)..].Split('&');
        for (var i = 0; i < parts.Length; i++)
        {
            var eq = parts[i].IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(eq < 0 ? parts[i] : parts[i][..eq]);
            if (eq >= 0 && IsSensitiveName(name))
            {
                parts[i] = parts[i][..(eq + 1)] + Mask;
            }
        }

        return pathAndQuery[..(q + 1)] + string.Join('&', parts);
    }

    /// <summary>Turns a captured body into valid, masked, size-limited JSON text, or null when empty.</summary>
    public static string? SanitizeBody(string? body, int maxChars, int previewChars)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        string json;
        try
        {
            var node = JsonNode.Parse(body);
            MaskNode(node);
            json = node?.ToJsonString() ?? "null";
        }
        catch (JsonException)
        {
            // Not JSON (HTML error page, garbage, plain text): keep it, as a JSON string.
            json = JsonSerializer.Serialize(body);
        }

        return json.Length <= maxChars ? json : Truncate(json, previewChars);
    }

    public static string DescribeBinary(string? contentType, long? length) =>
        new JsonObject { ["contentType"] = contentType, ["size"] = length, ["binary"] = true }.ToJsonString();

    private static string Truncate(string json, int previewChars)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var summary = new JsonObject
        {
            ["truncated"] = true,
            ["size"] = bytes.Length,
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            ["preview"] = json[..Math.Min(previewChars, json.Length)],
        };
        return summary.ToJsonString();
    }

    private static void MaskNode(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is null)
                    {
                        continue;
                    }

                    if (IsSensitiveName(name))
                    {
                        obj[name] = Mask;
                    }
                    else if (s_presignedUrlNames.Contains(name) && child is JsonValue v && v.TryGetValue<string>(out var url))
                    {
                        obj[name] = MaskUrlQuery(url);
                    }
                    else
                    {
                        MaskNode(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    MaskNode(item);
                }

                break;
        }
    }

    private static string MaskUrlQuery(string url)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        return q < 0 ? url : url[..(q + 1)] + Mask;
    }
}
