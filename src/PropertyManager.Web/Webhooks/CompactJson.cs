namespace PropertyManager.Web.Webhooks;

/// <summary>
/// Buildium signs the compact form of the body ("all newlines removed and no spaces after the colon"). A body that
/// arrives reformatted (a proxy, a test tool) is checked again in that form: whitespace outside strings removed,
/// everything inside strings kept byte for byte, so escapes and non-ASCII text are exactly as sent.
/// </summary>
public static class CompactJson
{
    /// <summary>The body without insignificant whitespace, or null when it has none (nothing new to check).</summary>
    public static byte[]? Minify(ReadOnlySpan<byte> json)
    {
        if (json.IndexOfAny((byte)' ', (byte)'\n', (byte)'\r') < 0 && !json.Contains((byte)'\t'))
        {
            return null;
        }

        var output = new byte[json.Length];
        var length = 0;
        var inString = false;
        var escaped = false;
        foreach (var b in json)
        {
            if (inString)
            {
                output[length++] = b;
                if (escaped)
                {
                    escaped = false;
                }
                else if (b == (byte)'\\')
                {
                    escaped = true;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (b is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            {
                output[length++] = b;
                inString = b == (byte)'"';
            }
        }

        return length == json.Length ? null : output[..length];
    }
}
