namespace PropertyManager.Buildium.Errors;

/// <summary>Buildium refused the change because of the resource's state (409), e.g. a bill with a pending EFT.</summary>
public sealed class BuildiumConflictException : BuildiumApiException
{
    public BuildiumConflictException()
    {
    }

    public BuildiumConflictException(string message)
        : base(message)
    {
    }

    public BuildiumConflictException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
