using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Tasks;

internal sealed class MaintenanceTaskConfiguration : IEntityTypeConfiguration<MaintenanceTask>
{
    public void Configure(EntityTypeBuilder<MaintenanceTask> builder)
    {
        builder.ToTable("tasks");
        builder.Property(t => t.Subject).HasMaxLength(255);
        builder.Property(t => t.Priority).HasMaxLength(20);
        builder.Property(t => t.Status).HasMaxLength(20);
        builder.Property(t => t.AssignedTo).HasMaxLength(255);
        builder.Property(t => t.EstimatedCost).HasPrecision(10, 2);
        builder.Property(t => t.ActualCost).HasPrecision(10, 2);
        builder.Property(t => t.Category).HasMaxLength(100);
        builder.HasTimestamps();

        // Restrict: tasks keep the maintenance history of a property or unit, which must not vanish with it.
        builder.HasOne(t => t.Property).WithMany(p => p.Tasks)
            .HasForeignKey(t => t.PropertyId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("tasks_property_id_fkey");
        builder.HasOne(t => t.Unit).WithMany(u => u.Tasks)
            .HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("tasks_unit_id_fkey");
        // category is VARCHAR(100) while task_categories.id is UUID: it holds the category's name, and the
        // SyncKeys migration adds the foreign key to task_categories.name (ON UPDATE CASCADE, ON DELETE SET NULL).

        builder.HasIndex(t => t.PropertyId).HasDatabaseName("idx_tasks_property");
        builder.HasIndex(t => t.UnitId).HasDatabaseName("idx_tasks_unit");
        builder.HasIndex(t => t.Status).HasDatabaseName("idx_tasks_status");
        builder.HasIndex(t => t.Priority).HasDatabaseName("idx_tasks_priority");
        builder.HasIndex(t => t.AssignedTo).HasDatabaseName("idx_tasks_assigned");
        builder.HasIndex(t => t.BuildiumTaskId).IsUnique().HasDatabaseName("tasks_buildium_task_id_key");
    }
}
