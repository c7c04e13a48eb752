using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Leases;

internal sealed class LeaseTransactionConfiguration : IEntityTypeConfiguration<LeaseTransaction>
{
    public void Configure(EntityTypeBuilder<LeaseTransaction> builder)
    {
        builder.ToTable("lease_transactions");
        builder.Property(t => t.TransactionType).HasMaxLength(30);
        builder.Property(t => t.TotalAmount).HasPrecision(12, 2);
        builder.Property(t => t.Memo).HasMaxLength(255);
        builder.Property(t => t.CheckNumber).HasMaxLength(30);
        builder.Property(t => t.PaymentMethod).HasMaxLength(30);
        builder.HasTimestamps();

        builder.HasOne(t => t.Lease).WithMany(l => l.Transactions)
            .HasForeignKey(t => t.LeaseId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("lease_transactions_lease_id_fkey");
        builder.HasOne(t => t.PayeeTenant).WithMany()
            .HasForeignKey(t => t.PayeeTenantId).OnDelete(DeleteBehavior.SetNull)
            .HasConstraintName("lease_transactions_payee_tenant_id_fkey");

        // The ledger is read per lease in date order.
        builder.HasIndex(t => new { t.LeaseId, t.Date }).HasDatabaseName("lease_transactions_lease_id_date_idx");
        builder.HasIndex(t => t.PayeeTenantId).HasDatabaseName("lease_transactions_payee_tenant_id_idx");
        builder.HasIndex(t => t.BuildiumTransactionId).IsUnique().HasDatabaseName("lease_transactions_buildium_transaction_id_key");
    }
}
