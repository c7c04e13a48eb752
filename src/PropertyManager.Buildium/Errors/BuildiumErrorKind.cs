namespace PropertyManager.Buildium.Errors;

/// <summary>What went wrong, independent of the exact status code.</summary>
public enum BuildiumErrorKind
{
    Unexpected,
    Validation,
    NotFound,
    Conflict,
    Unauthorized,
    Forbidden,
    RateLimited,
    Unavailable,
    UnsupportedMediaType,
    ServerError,
}
