using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PropertyManager.Data.Sensitive;

internal sealed class SensitiveChangeConfiguration : IEntityTypeConfiguration<SensitiveChange>
{
    public void Configure(EntityTypeBuilder<SensitiveChange> builder)
    {
        builder.ToTable("sensitive_change_audit");
        builder.Property(c => c.UserId).HasMaxLength(64);
        builder.Property(c => c.EntityType).HasMaxLength(40);
        builder.Property(c => c.Field).HasMaxLength(40);
        builder.Property(c => c.Action).HasMaxLength(10);
        // The record's history on its details page; the newest changes first in a review.
        builder.HasIndex(c => new { c.EntityType, c.EntityId }).HasDatabaseName("sensitive_change_audit_entity_idx");
        builder.HasIndex(c => c.ChangedAt).HasDatabaseName("sensitive_change_audit_changed_at_idx");
    }
}
