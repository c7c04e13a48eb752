using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using Microsoft.IO;

namespace PropertyManager.Buildium.Http;

/// <summary>
/// A response body read into pooled blocks (<see cref="RecyclableMemoryStream"/>) instead of one array the size of the
/// body: a list page is megabytes, and copies of it as one array (or string) land on the large object heap, where they
/// stay until a full collection and make the sync's memory grow with the portfolio. Readers that know this type read
/// <see cref="Body"/> in place; disposing the response returns the blocks.
/// </summary>
internal sealed class PooledResponseContent : HttpContent
{
    private readonly RecyclableMemoryStream _body;

    private PooledResponseContent(RecyclableMemoryStream body, HttpContent original)
    {
        _body = body;
        foreach (var header in original.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    public ReadOnlySequence<byte> Body => _body.GetReadOnlySequence();

    /// <summary>Reads <paramref name="original"/> to its end into pooled blocks and disposes it.</summary>
    public static async Task<PooledResponseContent> ReadAsync(HttpContent original, RecyclableMemoryStreamManager streams, CancellationToken cancellationToken)
    {
        var body = streams.GetStream(nameof(PooledResponseContent));
        try
        {
            await original.CopyToAsync(body, cancellationToken);
            return new PooledResponseContent(body, original);
        }
        catch
        {
            await body.DisposeAsync();
            throw;
        }
        finally
        {
            original.Dispose();
        }
    }

    /// <summary>The body of a response read by <see cref="ReadAsync"/>, without copying; other content is read once.</summary>
    public static async Task<ReadOnlySequence<byte>> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken) =>
        content is PooledResponseContent pooled
            ? pooled.Body
            : new ReadOnlySequence<byte>(await content.ReadAsByteArrayAsync(cancellationToken));

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        foreach (var segment in Body)
        {
            await stream.WriteAsync(segment, cancellationToken);
        }
    }

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) => PipeReader.Create(Body).AsStream();

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(CreateContentReadStream(CancellationToken.None));

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _body.Dispose();
        }

        base.Dispose(disposing);
    }
}
