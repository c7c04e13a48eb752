using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Owners;

internal sealed class OwnershipConfiguration : IEntityTypeConfiguration<Ownership>
{
    public void Configure(EntityTypeBuilder<Ownership> builder)
    {
        builder.ToTable("ownership");
        builder.Property(o => o.OwnerName).HasMaxLength(255);
        builder.HasTimestamps();

        // Cascade: an ownership row is only the link between an owner and a property and means nothing without either.
        builder.HasOne(o => o.Owner).WithMany(o => o.Ownerships)
            .HasForeignKey(o => o.OwnerId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("ownership_owner_id_fkey");
        builder.HasOne(o => o.Property).WithMany(p => p.Ownerships)
            .HasForeignKey(o => o.PropertyId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("ownership_property_id_fkey");

        builder.HasIndex(o => o.OwnerId).HasDatabaseName("ownership_owner_id_idx");
        builder.HasIndex(o => o.PropertyId).HasDatabaseName("ownership_property_id_idx");
        builder.HasIndex(o => new { o.OwnerId, o.PropertyId }).IsUnique().HasDatabaseName("ownership_owner_id_property_id_key");
    }
}
