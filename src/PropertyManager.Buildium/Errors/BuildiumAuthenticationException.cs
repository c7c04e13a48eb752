namespace PropertyManager.Buildium.Errors;

/// <summary>Buildium rejected the API key (401): the client id or secret is wrong, deleted, or for the other environment.</summary>
public sealed class BuildiumAuthenticationException : BuildiumApiException
{
    public BuildiumAuthenticationException()
    {
    }

    public BuildiumAuthenticationException(string message)
        : base(message)
    {
    }

    public BuildiumAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
