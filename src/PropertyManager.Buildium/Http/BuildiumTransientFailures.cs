using System.Net;
using System.Net.Sockets;

namespace PropertyManager.Buildium.Http;

/// <summary>Shared rules for what failed how, used by the retry predicate, the breaker and the client.</summary>
internal static class BuildiumTransientFailures
{
    /// <summary>
    /// Methods Buildium treats idempotently. POST and PATCH are not: Buildium has no idempotency keys,
    /// so replaying one that may have been processed could create a duplicate.
    /// </summary>
    public static bool IsIdempotent(HttpMethod? method) =>
        method is not null
        && (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put
            || method == HttpMethod.Delete || method == HttpMethod.Options);

    /// <summary>Failures in the connect phase: the request provably never reached Buildium.</summary>
    public static bool IsConnectFailure(Exception? exception) =>
        exception is HttpRequestException hre
        && (hre.HttpRequestError == HttpRequestError.NameResolutionError
            || (hre.HttpRequestError == HttpRequestError.ConnectionError && hre.InnerException is SocketException));

    /// <summary>Statuses that say the request was not processed, so even a POST may be repeated.</summary>
    public static bool IsNotProcessedStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    public static bool IsTransientServerStatus(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
