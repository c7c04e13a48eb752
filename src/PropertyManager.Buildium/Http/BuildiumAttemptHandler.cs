using Microsoft.IO;

namespace PropertyManager.Buildium.Http;

/// <summary>
/// Innermost handler, one call per attempt: marks the attempt as on the wire, and reads the whole response body (into
/// pooled blocks, see <see cref="PooledResponseContent"/>) while the rate-limiter lease is still held, so "in flight" at
/// Buildium never exceeds the concurrency limit and the attempt timeout also covers a slow body.
/// </summary>
internal sealed class BuildiumAttemptHandler(RecyclableMemoryStreamManager streams) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var state = BuildiumRequestState.From(request);
        state?.BeginAttempt();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            try
            {
                response.Content = await PooledResponseContent.ReadAsync(response.Content, streams, cancellationToken);
            }
            catch
            {
                response.Dispose();
                throw;
            }

            state?.Answered(response.StatusCode);
            return response;
        }
        catch (Exception ex) when (BuildiumTransientFailures.IsConnectFailure(ex))
        {
            state?.NotDelivered();
            throw;
        }
    }
}
