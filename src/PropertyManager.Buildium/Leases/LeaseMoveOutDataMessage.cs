namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>LeaseMoveOutDataMessage</c> (read shape).</summary>
public sealed class LeaseMoveOutDataMessage
{
    public int TenantId { get; set; }

    public DateOnly MoveOutDate { get; set; }

    public DateOnly? NoticeGivenDate { get; set; }
}
