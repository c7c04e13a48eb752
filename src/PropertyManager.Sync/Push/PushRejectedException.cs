namespace PropertyManager.Sync.Push;

/// <summary>The record cannot be pushed as it is (missing data Buildium requires): not retried until it changes.</summary>
public sealed class PushRejectedException : Exception
{
    public PushRejectedException()
    {
    }

    public PushRejectedException(string message)
        : base(message)
    {
    }

    public PushRejectedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
