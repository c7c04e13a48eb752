namespace PropertyManager.Sync.Portfolio;

/// <summary>A tenant's place on one lease as Buildium lists it (a <c>lease_tenants</c> row, the lease by its Buildium id).</summary>
public sealed record TenantLeaseLink(int LeaseBuildiumId, string? Status, DateOnly? MoveInDate, DateOnly? MoveOutDate, bool IsPrimary);
