using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;
using PropertyManager.Data.Sensitive;

namespace PropertyManager.Data.Tenants;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        // Lengths as Buildium's tenant messages allow them.
        builder.ToTable("tenants");
        builder.Property(t => t.FirstName).HasMaxLength(127);
        builder.Property(t => t.LastName).HasMaxLength(127);
        builder.Property(t => t.Email).HasMaxLength(255);
        builder.Property(t => t.AlternateEmail).HasMaxLength(255);
        builder.Property(t => t.PhoneHome).HasMaxLength(20);
        builder.Property(t => t.PhoneWork).HasMaxLength(20);
        builder.Property(t => t.PhoneMobile).HasMaxLength(20);
        builder.Property(t => t.AddressLine1).HasMaxLength(100);
        builder.Property(t => t.AddressLine2).HasMaxLength(100);
        builder.Property(t => t.AddressLine3).HasMaxLength(100);
        builder.Property(t => t.City).HasMaxLength(100);
        builder.Property(t => t.State).HasMaxLength(100);
        builder.Property(t => t.PostalCode).HasMaxLength(20);
        builder.Property(t => t.Country).HasMaxLength(100);
        builder.Property(t => t.TaxId).HasMaxLength(255).IsSensitive();
        builder.Property(t => t.IsActive).HasDefaultValue(true);
        builder.HasTimestamps();

        builder.HasIndex(t => new { t.LastName, t.FirstName }).HasDatabaseName("tenants_last_name_first_name_idx");
        builder.HasIndex(t => t.BuildiumTenantId).IsUnique().HasDatabaseName("tenants_buildium_tenant_id_key");
    }
}
