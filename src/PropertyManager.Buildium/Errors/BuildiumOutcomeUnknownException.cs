namespace PropertyManager.Buildium.Errors;

/// <summary>
/// A non-idempotent request (POST/PATCH) reached or may have reached Buildium, but no answer came back
/// (timeout or dropped connection). It was deliberately not retried, because Buildium has no idempotency
/// keys and a replay could create a duplicate. Reconcile by looking the record up (e.g. by reference number)
/// before trying again.
/// </summary>
public sealed class BuildiumOutcomeUnknownException : BuildiumException
{
    public BuildiumOutcomeUnknownException()
    {
    }

    public BuildiumOutcomeUnknownException(string message)
        : base(message)
    {
    }

    public BuildiumOutcomeUnknownException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
