namespace PropertyManager.Buildium.Errors;

/// <summary>The resource does not exist in Buildium (404), or the path is wrong (paths are case-sensitive).</summary>
public sealed class BuildiumNotFoundException : BuildiumApiException
{
    public BuildiumNotFoundException()
    {
    }

    public BuildiumNotFoundException(string message)
        : base(message)
    {
    }

    public BuildiumNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
