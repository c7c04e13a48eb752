using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Properties;

internal sealed class PropertyConfiguration : IEntityTypeConfiguration<Property>
{
    public void Configure(EntityTypeBuilder<Property> builder)
    {
        builder.ToTable("properties");
        builder.Property(p => p.Name).HasMaxLength(127);
        builder.Property(p => p.AddressLine1).HasMaxLength(100);
        builder.Property(p => p.AddressLine2).HasMaxLength(100);
        builder.Property(p => p.AddressLine3).HasMaxLength(100);
        builder.Property(p => p.City).HasMaxLength(100);
        builder.Property(p => p.State).HasMaxLength(100);
        builder.Property(p => p.PostalCode).HasMaxLength(20);
        builder.Property(p => p.Country).HasMaxLength(100);
        builder.Property(p => p.RentalSubType).HasMaxLength(50);
        builder.Property(p => p.Status).HasMaxLength(20);
        builder.Property(p => p.PropertyType).HasMaxLength(100);
        builder.Property(p => p.Bathrooms).HasPrecision(3, 1);
        builder.HasTimestamps();

        builder.HasIndex(p => p.Name).HasDatabaseName("properties_name_idx");
        builder.HasIndex(p => p.BuildiumPropertyId).IsUnique().HasDatabaseName("properties_buildium_property_id_key");
    }
}
