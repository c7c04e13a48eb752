namespace PropertyManager.BuildiumEmulator.Storage;

/// <summary>
/// Thread-safe in-memory table of one kind, kept in id order with an index by parent id. Readers get an
/// immutable snapshot array, rebuilt lazily after a write, so list requests never hold the lock while sorting.
/// </summary>
internal sealed class RecordStore<T>(IdSequence ids)
    where T : class
{
    private readonly Lock _lock = new();
    private readonly List<StoredRecord<T>> _ordered = [];
    private readonly Dictionary<int, StoredRecord<T>> _byId = [];
    private readonly Dictionary<int, List<int>> _byParent = [];
    private readonly IdSequence _ids = ids;
    private StoredRecord<T>[]? _snapshot;

    public RecordStore(int firstId)
        : this(new IdSequence(firstId))
    {
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byId.Count;
            }
        }
    }

    public int NextId() => _ids.Next();

    public StoredRecord<T>? Find(int id)
    {
        lock (_lock)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>Adds or replaces the record with the same id.</summary>
    public void Put(StoredRecord<T> record)
    {
        lock (_lock)
        {
            if (_byId.TryGetValue(record.Id, out var previous))
            {
                _ordered[IndexOf(record.Id)] = record;
                if (previous.ParentId != record.ParentId)
                {
                    RemoveChild(previous.ParentId, record.Id);
                    AddChild(record.ParentId, record.Id);
                }
            }
            else if (_ordered.Count == 0 || _ordered[^1].Id < record.Id)
            {
                _ordered.Add(record);
                AddChild(record.ParentId, record.Id);
            }
            else
            {
                _ordered.Insert(~IndexOf(record.Id), record);
                AddChild(record.ParentId, record.Id);
            }

            _byId[record.Id] = record;
            _snapshot = null;
        }
    }

    public StoredRecord<T>? Remove(int id)
    {
        lock (_lock)
        {
            if (!_byId.Remove(id, out var removed))
            {
                return null;
            }

            _ordered.RemoveAt(IndexOf(id));
            RemoveChild(removed.ParentId, id);
            _snapshot = null;
            return removed;
        }
    }

    /// <summary>All records in id order, as an immutable snapshot.</summary>
    public IReadOnlyList<StoredRecord<T>> All()
    {
        lock (_lock)
        {
            return _snapshot ??= [.. _ordered];
        }
    }

    public IReadOnlyList<StoredRecord<T>> ChildrenOf(int parentId)
    {
        lock (_lock)
        {
            return _byParent.TryGetValue(parentId, out var ids) ? [.. ids.Select(id => _byId[id])] : [];
        }
    }

    public int CountChildren(int parentId)
    {
        lock (_lock)
        {
            return _byParent.TryGetValue(parentId, out var ids) ? ids.Count : 0;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _ordered.Clear();
            _byId.Clear();
            _byParent.Clear();
            _ids.Reset();
            _snapshot = null;
        }
    }

    private int IndexOf(int id)
    {
        int low = 0, high = _ordered.Count - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            var current = _ordered[mid].Id;
            if (current == id)
            {
                return mid;
            }

            if (current < id)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return ~low;
    }

    private void AddChild(int parentId, int id)
    {
        if (!_byParent.TryGetValue(parentId, out var ids))
        {
            _byParent[parentId] = ids = [];
        }

        // Ids mostly arrive in increasing order, so this stays an append.
        var index = ids.BinarySearch(id);
        ids.Insert(index < 0 ? ~index : index, id);
    }

    private void RemoveChild(int parentId, int id)
    {
        if (_byParent.TryGetValue(parentId, out var ids))
        {
            var index = ids.BinarySearch(id);
            if (index >= 0)
            {
                ids.RemoveAt(index);
            }
        }
    }
}
