namespace PropertyManager.Buildium.Errors;

/// <summary>Buildium <c>ApiError</c>: one field error.</summary>
public sealed class ApiError
{
    public string? Key { get; set; }

    public string? Value { get; set; }
}
