namespace PropertyManager.Buildium.Errors;

/// <summary>Buildium could not be reached or kept failing (503, 5xx, network error, timeout, open circuit) and retries were exhausted; the request had no effect or was safe to repeat.</summary>
public sealed class BuildiumUnavailableException : BuildiumApiException
{
    public BuildiumUnavailableException()
    {
    }

    public BuildiumUnavailableException(string message)
        : base(message)
    {
    }

    public BuildiumUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
