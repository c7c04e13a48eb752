using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Tenants;

internal sealed class LeaseTenantConfiguration : IEntityTypeConfiguration<LeaseTenant>
{
    public void Configure(EntityTypeBuilder<LeaseTenant> builder)
    {
        builder.ToTable("lease_tenants");
        builder.Property(t => t.Status).HasMaxLength(20);
        builder.HasTimestamps();

        // A lease's tenants go with the lease; a tenant on a lease cannot be hard-deleted (their history stays).
        builder.HasOne(t => t.Lease).WithMany(l => l.Tenants)
            .HasForeignKey(t => t.LeaseId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("lease_tenants_lease_id_fkey");
        builder.HasOne(t => t.Tenant).WithMany(t => t.Leases)
            .HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("lease_tenants_tenant_id_fkey");

        builder.HasIndex(t => new { t.LeaseId, t.TenantId }).IsUnique().HasDatabaseName("lease_tenants_lease_id_tenant_id_key");
        builder.HasIndex(t => t.TenantId).HasDatabaseName("lease_tenants_tenant_id_idx");
    }
}
