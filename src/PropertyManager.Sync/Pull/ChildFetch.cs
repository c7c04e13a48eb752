using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace PropertyManager.Sync.Pull;

/// <summary>
/// Reads the children of many parents with several requests in flight (the client's shared limiter still caps
/// them), yielding each child as it arrives: one request at a time would make a large first sync take hours. With
/// <c>progress</c>, its total is the number of parents and each parent read counts one.
/// </summary>
public static class ChildFetch
{
    public static async IAsyncEnumerable<T> ForEachParentAsync<TParent, T>(
        IReadOnlyList<TParent> parents,
        Func<TParent, CancellationToken, IAsyncEnumerable<T>> fetch,
        int concurrency,
        [EnumeratorCancellation] CancellationToken cancellationToken,
        KindCounts? progress = null)
    {
        if (progress is not null)
        {
            progress.Total = parents.Count;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(4096) { SingleReader = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(
                    parents,
                    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = stop.Token },
                    async (parent, token) =>
                    {
                        await foreach (var child in fetch(parent, token).WithCancellation(token))
                        {
                            await channel.Writer.WriteAsync(child, token);
                        }

                        progress?.AddProcessed();
                    });
                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var child in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return child;
            }
        }
        finally
        {
            // The consumer stopped early (an error downstream): stop the producers too.
            await stop.CancelAsync();
            await producer;
        }
    }
}
