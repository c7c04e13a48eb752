using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Bills;

internal sealed class BillCategoryConfiguration : IEntityTypeConfiguration<BillCategory>
{
    public void Configure(EntityTypeBuilder<BillCategory> builder)
    {
        builder.ToTable("bill_categories");
        builder.Property(c => c.Name).HasMaxLength(255);
        builder.HasTimestamps();

        builder.HasIndex(c => c.BuildiumCategoryId).IsUnique().HasDatabaseName("bill_categories_buildium_category_id_key");
    }
}
