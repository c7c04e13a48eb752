using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Leases;

internal sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    private const string Timestamp = "timestamp without time zone";

    public void Configure(EntityTypeBuilder<Lease> builder)
    {
        builder.ToTable("Lease");
        builder.Property(l => l.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(l => l.PropertyId).HasColumnName("propertyId");
        builder.Property(l => l.UnitId).HasColumnName("unitId");
        builder.Property(l => l.StartDate).HasColumnName("startDate").HasColumnType(Timestamp);
        builder.Property(l => l.EndDate).HasColumnName("endDate").HasColumnType(Timestamp);
        builder.Property(l => l.Status).HasColumnName("status").HasMaxLength(20);
        builder.Property(l => l.DepositAmt).HasColumnName("depositAmt");
        builder.Property(l => l.Notes).HasColumnName("notes");
        builder.Property(l => l.BuildiumLeaseId).HasColumnName("buildium_lease_id");
        builder.Property(l => l.CreatedAt).HasColumnName("createdAt").HasColumnType(Timestamp);
        builder.Property(l => l.UpdatedAt).HasColumnName("updatedAt").HasColumnType(Timestamp);
        builder.HasTimestamps("timezone('utc', now())");

        // Restrict: a property or unit with leases cannot be hard-deleted; the lease history must survive.
        builder.HasOne(l => l.Property).WithMany(p => p.Leases)
            .HasForeignKey(l => l.PropertyId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("Lease_propertyId_fkey");
        builder.HasOne(l => l.Unit).WithMany(u => u.Leases)
            .HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("Lease_unitId_fkey");

        builder.HasIndex(l => l.PropertyId).HasDatabaseName("Lease_propertyId_idx");
        builder.HasIndex(l => l.UnitId).HasDatabaseName("Lease_unitId_idx");
        builder.HasIndex(l => l.BuildiumLeaseId).IsUnique().HasDatabaseName("Lease_buildium_lease_id_key");
    }
}
