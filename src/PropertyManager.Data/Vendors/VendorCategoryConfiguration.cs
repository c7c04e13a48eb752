using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Vendors;

internal sealed class VendorCategoryConfiguration : IEntityTypeConfiguration<VendorCategory>
{
    public void Configure(EntityTypeBuilder<VendorCategory> builder)
    {
        builder.ToTable("vendor_categories");
        builder.Property(c => c.Name).HasMaxLength(255);
        builder.HasTimestamps();

        builder.HasIndex(c => c.BuildiumCategoryId).IsUnique().HasDatabaseName("vendor_categories_buildium_category_id_key");
    }
}
