using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.SyncState;

internal sealed class SyncCursorConfiguration : IEntityTypeConfiguration<SyncCursor>
{
    public void Configure(EntityTypeBuilder<SyncCursor> builder)
    {
        builder.ToTable("sync_cursors");
        builder.HasKey(c => c.Kind);
        builder.Property(c => c.Kind).HasMaxLength(50);
        builder.HasTimestamps();
    }
}
