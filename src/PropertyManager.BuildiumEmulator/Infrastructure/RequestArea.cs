namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>Which part of the emulator a path belongs to: Buildium's API, the presigned storage URLs, or the admin endpoint.</summary>
internal static class RequestArea
{
    public const string AdminPrefix = "/_emulator";
    public const string StoragePrefix = "/storage";

    public static bool IsAdmin(PathString path) => path.StartsWithSegments(AdminPrefix, StringComparison.Ordinal);

    public static bool IsStorage(PathString path) => path.StartsWithSegments(StoragePrefix, StringComparison.Ordinal);

    public static bool IsApi(PathString path) => path.StartsWithSegments("/v1", StringComparison.Ordinal);
}
