using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Tasks;

internal sealed class TaskHistoryConfiguration : IEntityTypeConfiguration<TaskHistory>
{
    public void Configure(EntityTypeBuilder<TaskHistory> builder)
    {
        builder.ToTable("task_history");
        builder.Property(h => h.Status).HasMaxLength(20);
        builder.Property(h => h.AssignedTo).HasMaxLength(255);
        builder.HasTimestamps();

        // Cascade: history entries belong to their task and are never shown without it.
        builder.HasOne(h => h.Task).WithMany(t => t.History)
            .HasForeignKey(h => h.TaskId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("task_history_task_id_fkey");

        builder.HasIndex(h => h.TaskId).HasDatabaseName("task_history_task_id_idx");
        builder.HasIndex(h => h.BuildiumHistoryId).IsUnique().HasDatabaseName("task_history_buildium_history_id_key");
    }
}
