using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Integration;

internal sealed class BuildiumApiCacheEntryConfiguration : IEntityTypeConfiguration<BuildiumApiCacheEntry>
{
    public void Configure(EntityTypeBuilder<BuildiumApiCacheEntry> builder)
    {
        builder.ToTable("buildium_api_cache");
        builder.Property(c => c.Endpoint).HasMaxLength(255);
        builder.HasTimestamps();

        builder.HasIndex(c => c.Endpoint).HasDatabaseName("idx_buildium_cache_endpoint");
        builder.HasIndex(c => c.ExpiresAt).HasDatabaseName("idx_buildium_cache_expires");
    }
}
