using Microsoft.Extensions.Options;

namespace PropertyManager.Buildium.Http;

/// <summary>Adds Buildium's two key headers, and only to requests for the configured Buildium host.</summary>
internal sealed class BuildiumAuthHandler : DelegatingHandler
{
    public const string ClientIdHeader = "x-buildium-client-id";
    public const string ClientSecretHeader = "x-buildium-client-secret";

    private readonly IOptionsMonitor<BuildiumOptions> _options;

    public BuildiumAuthHandler(IOptionsMonitor<BuildiumOptions> options)
    {
        _options = options;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        if (request.RequestUri is { IsAbsoluteUri: true } uri
            && Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUri)
            && Uri.Compare(uri, baseUri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
        {
            request.Headers.Remove(ClientIdHeader);
            request.Headers.Remove(ClientSecretHeader);
            request.Headers.TryAddWithoutValidation(ClientIdHeader, options.ClientId);
            request.Headers.TryAddWithoutValidation(ClientSecretHeader, options.ClientSecret);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
