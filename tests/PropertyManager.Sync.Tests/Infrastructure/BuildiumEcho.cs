using System.Text.Json;
using System.Text.Json.Nodes;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Sync.Tests.Infrastructure;

/// <summary>
/// Plays Buildium for round trips: the write message goes through the client's real JSON settings and comes back
/// as the read message, with <paramref name="server"/> adding what Buildium itself sets (id, flags) or reshapes
/// (e.g. phones object → typed array). Fields whose names differ between write and read shapes therefore fail here.
/// </summary>
public static class BuildiumEcho
{
    public static JsonSerializerOptions Options { get; } = BuildiumJson.CreateOptions();

    public static TRead Echo<TRead>(object writeMessage, Action<JsonObject>? server = null)
    {
        var json = JsonSerializer.SerializeToNode(writeMessage, writeMessage.GetType(), Options)!.AsObject();
        server?.Invoke(json);
        return json.Deserialize<TRead>(Options)!;
    }
}
