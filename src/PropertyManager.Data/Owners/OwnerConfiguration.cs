using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;
using PropertyManager.Data.Sensitive;

namespace PropertyManager.Data.Owners;

internal sealed class OwnerConfiguration : IEntityTypeConfiguration<Owner>
{
    public void Configure(EntityTypeBuilder<Owner> builder)
    {
        builder.ToTable("owners");
        builder.Property(o => o.FirstName).HasMaxLength(127);
        builder.Property(o => o.LastName).HasMaxLength(127);
        builder.Property(o => o.CompanyName).HasMaxLength(127);
        builder.Property(o => o.Email).HasMaxLength(255);
        builder.Property(o => o.AlternateEmail).HasMaxLength(255);
        builder.Property(o => o.PhoneHome).HasMaxLength(20);
        builder.Property(o => o.PhoneWork).HasMaxLength(20);
        builder.Property(o => o.PhoneMobile).HasMaxLength(20);
        builder.Property(o => o.PhoneFax).HasMaxLength(20);
        builder.Property(o => o.AddressLine1).HasMaxLength(100);
        builder.Property(o => o.AddressLine2).HasMaxLength(100);
        builder.Property(o => o.AddressLine3).HasMaxLength(100);
        builder.Property(o => o.City).HasMaxLength(100);
        builder.Property(o => o.State).HasMaxLength(100);
        builder.Property(o => o.PostalCode).HasMaxLength(20);
        builder.Property(o => o.Country).HasMaxLength(100);
        builder.Property(o => o.TaxPayerId).HasMaxLength(255).IsSensitive();
        builder.Property(o => o.TaxPayerType).HasMaxLength(10);
        builder.Property(o => o.TaxPayerName1).HasMaxLength(40);
        builder.Property(o => o.TaxPayerName2).HasMaxLength(40);
        builder.Property(o => o.TaxAddressLine1).HasMaxLength(100);
        builder.Property(o => o.TaxAddressLine2).HasMaxLength(100);
        builder.Property(o => o.TaxAddressLine3).HasMaxLength(100);
        builder.Property(o => o.TaxCity).HasMaxLength(100);
        builder.Property(o => o.TaxState).HasMaxLength(100);
        builder.Property(o => o.TaxPostalCode).HasMaxLength(20);
        builder.Property(o => o.TaxCountry).HasMaxLength(100);
        builder.Property(o => o.TaxId).HasMaxLength(255).IsSensitive();
        builder.HasTimestamps();

        builder.HasIndex(o => new { o.LastName, o.FirstName }).HasDatabaseName("owners_last_name_first_name_idx");
        builder.HasIndex(o => o.BuildiumOwnerId).IsUnique().HasDatabaseName("owners_buildium_owner_id_key");
    }
}
