using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Tasks;

internal sealed class TaskCategoryConfiguration : IEntityTypeConfiguration<TaskCategory>
{
    public void Configure(EntityTypeBuilder<TaskCategory> builder)
    {
        builder.ToTable("task_categories");
        builder.Property(c => c.Name).HasMaxLength(255);
        builder.Property(c => c.Color).HasMaxLength(7);
        builder.HasTimestamps();

        builder.HasIndex(c => c.BuildiumCategoryId).IsUnique().HasDatabaseName("task_categories_buildium_category_id_key");
        // Unique because tasks.category references categories by name.
        builder.HasIndex(c => c.Name).IsUnique().HasDatabaseName("task_categories_name_key");
    }
}
