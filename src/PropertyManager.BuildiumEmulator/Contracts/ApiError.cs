namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "ApiError" schema (shared/buildium/openapi.json).
internal sealed class ApiError
{
    public string? Key { get; set; }

    public string? Value { get; set; }
}
