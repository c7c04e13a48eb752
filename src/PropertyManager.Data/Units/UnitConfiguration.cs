using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Units;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("units");
        builder.Property(u => u.UnitNumber).HasMaxLength(30);
        builder.Property(u => u.AddressLine1).HasMaxLength(100);
        builder.Property(u => u.AddressLine2).HasMaxLength(100);
        builder.Property(u => u.AddressLine3).HasMaxLength(100);
        builder.Property(u => u.City).HasMaxLength(100);
        builder.Property(u => u.State).HasMaxLength(100);
        builder.Property(u => u.PostalCode).HasMaxLength(20);
        builder.Property(u => u.Country).HasMaxLength(100);
        builder.Property(u => u.UnitBedrooms).HasMaxLength(20);
        builder.Property(u => u.UnitBathrooms).HasMaxLength(20);
        builder.Property(u => u.UnitType).HasMaxLength(50);
        builder.HasTimestamps();

        // Restrict: a property that still has units cannot be hard-deleted; Buildium only inactivates.
        builder.HasOne(u => u.Property).WithMany(p => p.Units)
            .HasForeignKey(u => u.PropertyId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("units_property_id_fkey");

        builder.HasIndex(u => u.PropertyId).HasDatabaseName("units_property_id_idx");
        builder.HasIndex(u => new { u.PropertyId, u.UnitNumber }).IsUnique().HasDatabaseName("units_property_id_unit_number_key");
        builder.HasIndex(u => u.BuildiumUnitId).IsUnique().HasDatabaseName("units_buildium_unit_id_key");
    }
}
