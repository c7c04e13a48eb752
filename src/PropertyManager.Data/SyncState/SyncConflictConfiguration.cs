using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PropertyManager.Data.SyncState;

internal sealed class SyncConflictConfiguration : IEntityTypeConfiguration<SyncConflict>
{
    public void Configure(EntityTypeBuilder<SyncConflict> builder)
    {
        builder.ToTable("sync_conflicts");
        builder.Property(c => c.Kind).HasMaxLength(50);
        builder.Property(c => c.Winner).HasMaxLength(20);
        builder.Property(c => c.Resolution).HasMaxLength(30);

        // The admin list shows open conflicts first; the pull looks up a record's conflicts by kind and Buildium id.
        builder.HasIndex(c => c.ResolvedAt).HasDatabaseName("sync_conflicts_resolved_at_idx");
        builder.HasIndex(c => new { c.Kind, c.BuildiumId }).HasDatabaseName("sync_conflicts_kind_buildium_id_idx");
    }
}
