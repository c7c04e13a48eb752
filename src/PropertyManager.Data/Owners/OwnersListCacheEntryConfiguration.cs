using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Owners;

internal sealed class OwnersListCacheEntryConfiguration : IEntityTypeConfiguration<OwnersListCacheEntry>
{
    public void Configure(EntityTypeBuilder<OwnersListCacheEntry> builder)
    {
        builder.ToTable("owners_list_cache");
        builder.HasKey(e => e.OwnerId);
        // The cache is keyed by the owner's id but has no documented FK: it is rebuilt from owners, never edited.
        builder.Property(e => e.OwnerId).ValueGeneratedNever();
        builder.HasTimestamps();
    }
}
