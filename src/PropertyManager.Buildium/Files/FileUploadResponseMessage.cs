using System.Text.Json.Serialization;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Files;

/// <summary>Buildium <c>FileUploadResponseMessage</c> (read shape).</summary>
public sealed class FileUploadResponseMessage
{
    public string? UploadUrl { get; set; }

    public string? PhysicalFileName { get; set; }

    [JsonConverter(typeof(OrderedStringMapConverter))]
    public IReadOnlyList<KeyValuePair<string, string>>? Headers { get; set; }
}
