using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PropertyManager.Data.SyncState;

internal sealed class WriteOnlyValueConfiguration : IEntityTypeConfiguration<WriteOnlyValue>
{
    public void Configure(EntityTypeBuilder<WriteOnlyValue> builder)
    {
        builder.ToTable("sync_write_only_values");
        builder.HasKey(v => new { v.Kind, v.EntityId, v.Field });
        builder.Property(v => v.Kind).HasMaxLength(50);
        builder.Property(v => v.Field).HasMaxLength(50);
        builder.Property(v => v.Value).HasMaxLength(50);
    }
}
