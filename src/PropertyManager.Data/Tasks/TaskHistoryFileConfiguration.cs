using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Tasks;

internal sealed class TaskHistoryFileConfiguration : IEntityTypeConfiguration<TaskHistoryFile>
{
    public void Configure(EntityTypeBuilder<TaskHistoryFile> builder)
    {
        builder.ToTable("task_history_files");
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.FileType).HasMaxLength(100);
        builder.HasTimestamps();

        // Cascade: file metadata belongs to its history entry.
        builder.HasOne(f => f.TaskHistory).WithMany(h => h.Files)
            .HasForeignKey(f => f.TaskHistoryId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("task_history_files_task_history_id_fkey");

        builder.HasIndex(f => f.TaskHistoryId).HasDatabaseName("task_history_files_task_history_id_idx");
        builder.HasIndex(f => f.BuildiumFileId).IsUnique().HasDatabaseName("task_history_files_buildium_file_id_key");
    }
}
