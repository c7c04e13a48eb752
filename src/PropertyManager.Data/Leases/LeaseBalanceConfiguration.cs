using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PropertyManager.Data.Leases;

internal sealed class LeaseBalanceConfiguration : IEntityTypeConfiguration<LeaseBalance>
{
    public void Configure(EntityTypeBuilder<LeaseBalance> builder)
    {
        builder.ToTable("lease_balances");
        builder.HasKey(b => b.LeaseId);
        builder.Property(b => b.LeaseId).ValueGeneratedNever();
        builder.Property(b => b.TotalBalance).HasPrecision(12, 2);
        builder.Property(b => b.Balance0To30Days).HasColumnName("balance_0_30").HasPrecision(12, 2);
        builder.Property(b => b.Balance31To60Days).HasColumnName("balance_31_60").HasPrecision(12, 2);
        builder.Property(b => b.Balance61To90Days).HasColumnName("balance_61_90").HasPrecision(12, 2);
        builder.Property(b => b.BalanceOver90Days).HasColumnName("balance_over_90").HasPrecision(12, 2);

        builder.HasOne(b => b.Lease).WithOne(l => l.Balance)
            .HasForeignKey<LeaseBalance>(b => b.LeaseId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("lease_balances_lease_id_fkey");
        // The delinquency list reads the largest balances first.
        builder.HasIndex(b => b.TotalBalance).HasDatabaseName("lease_balances_total_balance_idx");
    }
}
