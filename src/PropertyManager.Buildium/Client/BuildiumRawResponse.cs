using System.Net;

namespace PropertyManager.Buildium.Client;

/// <summary>A successful response body with the headers the client needs.</summary>
internal sealed record BuildiumRawResponse(HttpStatusCode Status, string Body, int? TotalCount);
