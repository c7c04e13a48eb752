using System.Net.Http.Json;

namespace PropertyManager.Web.Buildium;

/// <summary>
/// Changes one field of a record on the built-in emulator's side, over its HTTP admin endpoint with its keys, as a
/// person editing in Buildium would: the emulator stores the change and sends its "*.Updated" webhook to the app.
/// Registered only in demo mode.
/// </summary>
public sealed class EmulatorRecordEditor(HttpClient http, EmbeddedEmulator emulator)
{
    /// <summary>Null when the emulator took the change, else what it answered, for the person who asked.</summary>
    public async Task<string?> ChangeAsync(string emulatorKind, int buildiumId, string field, string value, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri(emulator.Address, $"_emulator/{emulatorKind}/{buildiumId}"))
        {
            Content = JsonContent.Create(new Dictionary<string, string> { [field] = value }),
        };
        request.Headers.Add(EmulatorKeys.ClientIdHeader, emulator.Options.ClientId);
        request.Headers.Add(EmulatorKeys.ClientSecretHeader, emulator.Options.ClientSecret);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return $"The emulator refused the change ({(int)response.StatusCode}): {(body.Length > 300 ? body[..300] : body)}";
    }
}
