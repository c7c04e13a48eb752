using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Leases;

internal sealed class LeaseRentConfiguration : IEntityTypeConfiguration<LeaseRent>
{
    public void Configure(EntityTypeBuilder<LeaseRent> builder)
    {
        builder.ToTable("lease_rents");
        builder.Property(r => r.RentCycle).HasMaxLength(20);
        builder.Property(r => r.TotalAmount).HasPrecision(12, 2);
        builder.HasTimestamps();

        builder.HasOne(r => r.Lease).WithMany(l => l.Rents)
            .HasForeignKey(r => r.LeaseId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("lease_rents_lease_id_fkey");

        builder.HasIndex(r => r.LeaseId).HasDatabaseName("lease_rents_lease_id_idx");
        builder.HasIndex(r => r.BuildiumRentId).IsUnique().HasDatabaseName("lease_rents_buildium_rent_id_key");
    }
}
