namespace PropertyManager.Sync.Push;

/// <summary>The record waits for a parent that is not in Buildium yet; it stays pending for a later run.</summary>
public sealed class PushDeferredException : Exception
{
    public PushDeferredException()
    {
    }

    public PushDeferredException(string message)
        : base(message)
    {
    }

    public PushDeferredException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
