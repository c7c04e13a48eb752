using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Integration;

internal sealed class BuildiumApiLogEntryConfiguration : IEntityTypeConfiguration<BuildiumApiLogEntry>
{
    public void Configure(EntityTypeBuilder<BuildiumApiLogEntry> builder)
    {
        builder.ToTable("buildium_api_log");
        builder.Property(l => l.Endpoint).HasMaxLength(255);
        builder.Property(l => l.Method).HasMaxLength(10);
        builder.HasTimestamps();

        // The log viewer and the retention purge both scan by time.
        builder.HasIndex(l => l.CreatedAt).HasDatabaseName("buildium_api_log_created_at_idx");
    }
}
