namespace PropertyManager.BuildiumEmulator.Files;

/// <summary>Content type from a file's extension (the upload itself is application/octet-stream, as S3 sees it).</summary>
internal static class ContentTypes
{
    public static string ForFileName(string? fileName, string? sent) => Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant() switch
    {
        ".PDF" => "application/pdf",
        ".PNG" => "image/png",
        ".JPG" or ".JPEG" => "image/jpeg",
        ".GIF" => "image/gif",
        ".TXT" => "text/plain",
        ".CSV" => "text/csv",
        ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => string.IsNullOrEmpty(sent) ? "application/octet-stream" : sent,
    };
}
