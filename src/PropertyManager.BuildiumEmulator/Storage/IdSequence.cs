namespace PropertyManager.BuildiumEmulator.Storage;

/// <summary>Increasing int32 ids; each kind starts in its own range so a client mixing up ids gets 404s, not wrong rows.</summary>
internal sealed class IdSequence(int firstId)
{
    private int _last = firstId - 1;

    public int Next() => Interlocked.Increment(ref _last);

    public void Reset() => Interlocked.Exchange(ref _last, firstId - 1);
}
