using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PropertyManager.Buildium.Json;

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

    // Verdicts on property names, which repeat on every record of a page.
    private static readonly ConcurrentDictionary<string, NameKind> s_nameKinds = new(StringComparer.Ordinal);

    private enum NameKind
    {
        Plain,
        Sensitive,
        PresignedUrl,
    }

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
    public static string? SanitizeBody(string? body, int maxChars, int previewChars) =>
        string.IsNullOrEmpty(body) ? null : SanitizeBody(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(body)), maxChars, previewChars);

    /// <summary>
    /// Turns a captured UTF-8 body into valid, masked, size-limited JSON text, or null when empty. The body is read once
    /// as a stream of tokens and written masked as it is read, keeping only the first <paramref name="maxChars"/> of the
    /// output: a megabyte list page costs neither a tree of nodes nor a copy of itself.
    /// </summary>
    public static string? SanitizeBody(ReadOnlySequence<byte> body, int maxChars, int previewChars)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            using var output = new SanitizedBodyWriter(maxChars);
            using (var writer = new Utf8JsonWriter(output))
            {
                var reader = new Utf8JsonReader(body);
                JsonRewriter.Copy(ref reader, writer, MaskValue);
            }

            return output.ToText(previewChars);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON (HTML error page, garbage, plain text): keep it, as a JSON string.
            using var output = new SanitizedBodyWriter(maxChars);
            using (var writer = new Utf8JsonWriter(output))
            {
                writer.WriteStringValue(Encoding.UTF8.GetString(body));
            }

            return output.ToText(previewChars);
        }
    }

    public static string DescribeBinary(string? contentType, long? length) =>
        new JsonObject { ["contentType"] = contentType, ["size"] = length, ["binary"] = true }.ToJsonString();

    /// <summary>Writes the mask for the values of sensitive names, and pre-signed URLs without their query.</summary>
    private static bool MaskValue(scoped ReadOnlySpan<char> name, ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        switch (Classify(name))
        {
            case NameKind.Sensitive:
                reader.Skip();
                writer.WriteStringValue(Mask);
                return true;
            case NameKind.PresignedUrl when reader.TokenType == JsonTokenType.String:
                writer.WriteStringValue(MaskUrlQuery(reader.GetString()!));
                return true;
            default:
                return false;
        }
    }

    private static NameKind Classify(ReadOnlySpan<char> name)
    {
        if (s_nameKinds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var known))
        {
            return known;
        }

        var text = name.ToString();
        var kind = IsSensitiveName(text) ? NameKind.Sensitive
            : s_presignedUrlNames.Contains(text) ? NameKind.PresignedUrl
            : NameKind.Plain;
        // Bounded: a hostile body must not grow the cache without limit.
        if (s_nameKinds.Count < 4096)
        {
            s_nameKinds.TryAdd(text, kind);
        }

        return kind;
    }

    private static string MaskUrlQuery(string url)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        return q < 0 ? url : url[..(q + 1)] + Mask;
    }
}
