using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PropertyManager.Data.SyncState;

internal sealed class SyncRunConfiguration : IEntityTypeConfiguration<SyncRun>
{
    public void Configure(EntityTypeBuilder<SyncRun> builder)
    {
        builder.ToTable("sync_runs");
        builder.Property(r => r.Trigger).HasMaxLength(20);
        builder.Property(r => r.Mode).HasMaxLength(20);
        builder.Property(r => r.EntityKind).HasMaxLength(50);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.HasIndex(r => r.StartedAt).HasDatabaseName("sync_runs_started_at_idx");
    }
}
