namespace PropertyManager.Buildium.Caching;

/// <summary>A cached response: the JSON body and, for list pages, the <c>X-Total-Count</c> header.</summary>
public sealed record BuildiumCachedResponse(string Body, int? TotalCount);
