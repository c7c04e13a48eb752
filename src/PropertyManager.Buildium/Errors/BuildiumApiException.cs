using System.Net;

namespace PropertyManager.Buildium.Errors;

/// <summary>
/// Buildium answered with an error (or could not be reached for an idempotent call). Carries Buildium's
/// <c>{UserMessage, ErrorCode, Errors[{Key, Value}]}</c> body. Do not branch on <see cref="ErrorCode"/>:
/// Buildium usually sends it as null; use <see cref="Kind"/>, the status and <see cref="FieldErrors"/>.
/// </summary>
public class BuildiumApiException : BuildiumException
{
    public BuildiumApiException()
    {
    }

    public BuildiumApiException(string message)
        : base(message)
    {
    }

    public BuildiumApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public BuildiumErrorKind Kind { get; internal set; }

    /// <summary>The HTTP status, or null when no response arrived (network failure, timeout, open circuit).</summary>
    public HttpStatusCode? StatusCode { get; internal set; }

    public string? UserMessage { get; internal set; }

    public string? ErrorCode { get; internal set; }

    public IReadOnlyList<BuildiumFieldError> FieldErrors { get; internal set; } = [];
}
