namespace PropertyManager.Buildium.Errors;

/// <summary>Buildium rejected the request body or parameters (400 or 422); see <see cref="BuildiumApiException.FieldErrors"/>.</summary>
public sealed class BuildiumValidationException : BuildiumApiException
{
    public BuildiumValidationException()
    {
    }

    public BuildiumValidationException(string message)
        : base(message)
    {
    }

    public BuildiumValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
