using PropertyManager.BuildiumEmulator.Contracts;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>Ends a request with Buildium's error body; thrown from deep inside handlers so mapping code stays linear.</summary>
internal sealed class BuildiumApiException : Exception
{
    public BuildiumApiException(int statusCode, string userMessage, IReadOnlyList<ApiError>? errors = null)
        : base(userMessage)
    {
        StatusCode = statusCode;
        Errors = errors ?? [];
    }

    public BuildiumApiException()
        : this(500, "An unexpected error occurred.")
    {
    }

    public BuildiumApiException(string message)
        : this(500, message)
    {
    }

    public BuildiumApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = 500;
        Errors = [];
    }

    public int StatusCode { get; }

    public IReadOnlyList<ApiError> Errors { get; }

    public static BuildiumApiException NotFound(string userMessage) => new(StatusCodes.Status404NotFound, userMessage);

    public static BuildiumApiException BadRequest(string key, string value) =>
        new(StatusCodes.Status400BadRequest, "The request is invalid.", [new ApiError { Key = key, Value = value }]);

    public static BuildiumApiException Unprocessable(string key, string value) =>
        new(StatusCodes.Status422UnprocessableEntity, "The request could not be processed.", [new ApiError { Key = key, Value = value }]);
}
