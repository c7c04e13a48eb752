namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "ApiErrorResponse" schema (shared/buildium/openapi.json).
internal sealed class ApiErrorResponse
{
    public string? UserMessage { get; set; }

    public string? ErrorCode { get; set; }

    public List<ApiError>? Errors { get; set; }
}
