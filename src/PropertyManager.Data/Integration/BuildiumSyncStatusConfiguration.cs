using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Integration;

internal sealed class BuildiumSyncStatusConfiguration : IEntityTypeConfiguration<BuildiumSyncStatus>
{
    public void Configure(EntityTypeBuilder<BuildiumSyncStatus> builder)
    {
        builder.ToTable("buildium_sync_status");
        builder.Property(s => s.EntityType).HasMaxLength(50);
        builder.Property(s => s.SyncStatus).HasMaxLength(20);
        builder.HasTimestamps();

        // entity_id points at any synced table, so there is no foreign key; one row per record is enforced instead.
        builder.HasIndex(s => new { s.EntityType, s.EntityId }).HasDatabaseName("idx_buildium_sync_entity");
        builder.HasIndex(s => new { s.EntityType, s.EntityId }, "buildium_sync_status_entity_type_entity_id_key").IsUnique()
            .HasDatabaseName("buildium_sync_status_entity_type_entity_id_key");
        builder.HasIndex(s => s.SyncStatus).HasDatabaseName("idx_buildium_sync_status");
    }
}
