using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace PropertyManager.Sync.Pull;

/// <summary>
/// Reads the children of many parents with several requests in flight (the client's shared limiter still caps
/// them), yielding each child as it arrives: one request at a time would make a large first sync take hours. With
/// <c>progress</c>, its total is the number of parents and each parent read counts one; with <c>marks</c>, each parent
/// read is reported with how many children had been yielded once all of its own were (for resuming, see
/// <see cref="ChildReadMarks"/>). Once <c>pause</c> fires no further parent is started (those in flight finish) and
/// <c>progress</c> is marked <see cref="KindCounts.Paused"/>: the parents left are read by a later run.
/// </summary>
public static class ChildFetch
{
    public static async IAsyncEnumerable<T> ForEachParentAsync<TParent, T>(
        IReadOnlyList<TParent> parents,
        Func<TParent, CancellationToken, IAsyncEnumerable<T>> fetch,
        int concurrency,
        KindCounts? progress = null,
        ChildReadMarks? marks = null,
        Func<TParent, int>? parentId = null,
        CancellationToken pause = default,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (progress is not null)
        {
            progress.Total = parents.Count;
        }

        if (marks is not null && parentId is null)
        {
            throw new ArgumentException("Marking parents read needs their Buildium id.", nameof(parentId));
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // A parent's "done" travels through the same channel after its children, so it is seen only once they were all yielded.
        var channel = Channel.CreateBounded<(T Child, int? DoneParent)>(new BoundedChannelOptions(4096) { SingleReader = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(
                    parents,
                    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = stop.Token },
                    async (parent, token) =>
                    {
                        if (pause.IsCancellationRequested)
                        {
                            progress?.Paused = true;
                            return;
                        }

                        await foreach (var child in fetch(parent, token).WithCancellation(token))
                        {
                            await channel.Writer.WriteAsync((child, null), token);
                        }

                        if (marks is not null)
                        {
                            await channel.Writer.WriteAsync((default!, parentId!(parent)), token);
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
            long yielded = 0;
            await foreach (var (child, done) in channel.Reader.ReadAllAsync(cancellationToken))
            {
                if (done is { } parent)
                {
                    marks!.ParentDone(parent, yielded);
                    continue;
                }

                yielded++;
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
