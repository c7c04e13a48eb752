namespace PropertyManager.Buildium.Errors;

/// <summary>Buildium kept answering 429 after every retry, or the local limiter queue was full.</summary>
public sealed class BuildiumRateLimitedException : BuildiumApiException
{
    public BuildiumRateLimitedException()
    {
    }

    public BuildiumRateLimitedException(string message)
        : base(message)
    {
    }

    public BuildiumRateLimitedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
