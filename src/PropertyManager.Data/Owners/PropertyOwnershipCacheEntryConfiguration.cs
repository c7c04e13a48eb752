using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Owners;

internal sealed class PropertyOwnershipCacheEntryConfiguration : IEntityTypeConfiguration<PropertyOwnershipCacheEntry>
{
    public void Configure(EntityTypeBuilder<PropertyOwnershipCacheEntry> builder)
    {
        builder.ToTable("property_ownerships_cache");
        builder.HasKey(e => e.OwnershipId);
        builder.Property(e => e.OwnershipId).ValueGeneratedNever();
        builder.Property(e => e.OwnershipPercentage).HasPrecision(5, 2);
        builder.Property(e => e.DisbursementPercentage).HasPrecision(5, 2);
        builder.HasTimestamps();
    }
}
