namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseMoveOutDataMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseMoveOutDataMessage
{
    public int? TenantId { get; set; }

    public DateOnly? MoveOutDate { get; set; }

    public DateOnly? NoticeGivenDate { get; set; }
}
