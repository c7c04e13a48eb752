using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PropertyManager.Data.SyncState;

internal sealed class SyncRecordConfiguration : IEntityTypeConfiguration<SyncRecord>
{
    public void Configure(EntityTypeBuilder<SyncRecord> builder)
    {
        builder.ToTable("sync_records");
        builder.HasKey(r => new { r.Kind, r.BuildiumId });
        builder.Property(r => r.Kind).HasMaxLength(50);
        builder.Property(r => r.PayloadHash).HasMaxLength(64);
        builder.Property(r => r.ChildrenReadHash).HasMaxLength(64);
    }
}
