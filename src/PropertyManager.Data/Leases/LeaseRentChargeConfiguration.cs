using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PropertyManager.Data.Leases;

internal sealed class LeaseRentChargeConfiguration : IEntityTypeConfiguration<LeaseRentCharge>
{
    public void Configure(EntityTypeBuilder<LeaseRentCharge> builder)
    {
        builder.ToTable("lease_rent_charges");
        builder.Property(c => c.Amount).HasPrecision(12, 2);
        builder.Property(c => c.Memo).HasMaxLength(255);

        builder.HasOne(c => c.Rent).WithMany(r => r.Charges)
            .HasForeignKey(c => c.LeaseRentId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("lease_rent_charges_lease_rent_id_fkey");
        // A GL account that rent is charged to cannot be hard-deleted under the schedule.
        builder.HasOne(c => c.GlAccount).WithMany()
            .HasForeignKey(c => c.GlAccountId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("lease_rent_charges_gl_account_id_fkey");

        builder.HasIndex(c => c.LeaseRentId).HasDatabaseName("lease_rent_charges_lease_rent_id_idx");
        builder.HasIndex(c => c.GlAccountId).HasDatabaseName("lease_rent_charges_gl_account_id_idx");
        builder.HasIndex(c => c.BuildiumChargeId).IsUnique().HasDatabaseName("lease_rent_charges_buildium_charge_id_key");
    }
}
