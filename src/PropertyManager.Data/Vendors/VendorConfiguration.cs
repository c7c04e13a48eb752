using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;
using PropertyManager.Data.Sensitive;

namespace PropertyManager.Data.Vendors;

internal sealed class VendorConfiguration : IEntityTypeConfiguration<Vendor>
{
    public void Configure(EntityTypeBuilder<Vendor> builder)
    {
        builder.ToTable("vendors");
        builder.Property(v => v.Name).HasMaxLength(255);
        builder.Property(v => v.ContactName).HasMaxLength(255);
        builder.Property(v => v.Email).HasMaxLength(255);
        builder.Property(v => v.PhoneNumber).HasMaxLength(50);
        builder.Property(v => v.AddressLine1).HasMaxLength(255);
        builder.Property(v => v.AddressLine2).HasMaxLength(255);
        builder.Property(v => v.City).HasMaxLength(100);
        builder.Property(v => v.State).HasMaxLength(100);
        builder.Property(v => v.PostalCode).HasMaxLength(20);
        builder.Property(v => v.Country).HasMaxLength(100);
        builder.Property(v => v.TaxId).HasMaxLength(255).IsSensitive();
        builder.HasTimestamps();

        // category_id is INTEGER while vendor_categories.id is UUID: it references the category's Buildium id,
        // which is what Buildium's vendor carries. EF cannot model a key on a nullable column, so that foreign key
        // (ON DELETE SET NULL) is created by the SyncKeys migration only.
        builder.HasIndex(v => v.Name).HasDatabaseName("idx_vendors_name");
        builder.HasIndex(v => v.CategoryId).HasDatabaseName("idx_vendors_category");
        builder.HasIndex(v => v.IsActive).HasDatabaseName("idx_vendors_active");
        builder.HasIndex(v => v.BuildiumVendorId).IsUnique().HasDatabaseName("vendors_buildium_vendor_id_key");
    }
}
