namespace PropertyManager.Buildium.Errors;

/// <summary>The API key is valid but lacks the permission for this endpoint (403).</summary>
public sealed class BuildiumPermissionException : BuildiumApiException
{
    public BuildiumPermissionException()
    {
    }

    public BuildiumPermissionException(string message)
        : base(message)
    {
    }

    public BuildiumPermissionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
