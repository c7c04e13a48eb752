using System.Net;

namespace PropertyManager.Buildium.Errors;

/// <summary>Buildium answered with a success status but a body that is not the JSON we expect.</summary>
public sealed class BuildiumResponseFormatException : BuildiumException
{
    public BuildiumResponseFormatException()
    {
    }

    public BuildiumResponseFormatException(string message)
        : base(message)
    {
    }

    public BuildiumResponseFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode? StatusCode { get; internal set; }

    /// <summary>The .NET type the body was read into.</summary>
    public string? TargetType { get; internal set; }
}
