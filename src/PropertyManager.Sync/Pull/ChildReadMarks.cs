namespace PropertyManager.Sync.Pull;

/// <summary>
/// Which parents of one child kind's read have all their children handed to the writer, and from which child on: once
/// the batch holding that child is committed, the parent is marked read (<see cref="SyncRecordStore.MarkChildrenReadAsync"/>),
/// so a run stopped part-way resumes with the parents not yet done instead of reading all of them again.
/// </summary>
public sealed class ChildReadMarks
{
    private readonly Queue<(long Through, int ParentId)> _done = new();
    private readonly Lock _lock = new();

    /// <summary>
    /// The parent's children are the first <paramref name="through"/> children of the read (0: it needs no read at
    /// all, e.g. a history entry listing no files).
    /// </summary>
    public void ParentDone(int parentId, long through)
    {
        lock (_lock)
        {
            _done.Enqueue((through, parentId));
        }
    }

    /// <summary>
    /// The parents whose children all lie within the first <paramref name="committed"/> children (those are in the
    /// database now), each returned once. Parents are reported in the order the reader met them, so their positions only grow.
    /// </summary>
    public List<int> TakeThrough(long committed)
    {
        var parents = new List<int>();
        lock (_lock)
        {
            while (_done.TryPeek(out var head) && head.Through <= committed)
            {
                parents.Add(_done.Dequeue().ParentId);
            }
        }

        return parents;
    }
}
