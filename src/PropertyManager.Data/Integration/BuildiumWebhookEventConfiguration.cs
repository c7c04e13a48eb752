using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Integration;

internal sealed class BuildiumWebhookEventConfiguration : IEntityTypeConfiguration<BuildiumWebhookEvent>
{
    public void Configure(EntityTypeBuilder<BuildiumWebhookEvent> builder)
    {
        builder.ToTable("buildium_webhook_events");
        builder.Property(e => e.EventId).HasMaxLength(255);
        builder.Property(e => e.EventType).HasMaxLength(100);
        builder.HasTimestamps();

        builder.HasIndex(e => e.EventId).IsUnique().HasDatabaseName("buildium_webhook_events_event_id_key");
        builder.HasIndex(e => e.EventType).HasDatabaseName("idx_webhook_events_type");
        builder.HasIndex(e => e.Processed).HasDatabaseName("idx_webhook_events_processed");
    }
}
