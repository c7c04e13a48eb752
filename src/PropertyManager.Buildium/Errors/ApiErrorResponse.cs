namespace PropertyManager.Buildium.Errors;

/// <summary>Buildium <c>ApiErrorResponse</c>: the body of every error response.</summary>
public sealed class ApiErrorResponse
{
    public string? UserMessage { get; set; }

    public string? ErrorCode { get; set; }

    public List<ApiError>? Errors { get; set; }
}
