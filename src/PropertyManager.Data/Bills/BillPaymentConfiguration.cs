using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Bills;

internal sealed class BillPaymentConfiguration : IEntityTypeConfiguration<BillPayment>
{
    public void Configure(EntityTypeBuilder<BillPayment> builder)
    {
        builder.ToTable("bill_payments");
        builder.Property(p => p.Amount).HasPrecision(10, 2);
        builder.Property(p => p.ReferenceNumber).HasMaxLength(255);
        builder.HasTimestamps();

        // Restrict: a paid bill or a bank account with payments cannot be hard-deleted (Buildium cannot delete payments).
        builder.HasOne(p => p.Bill).WithMany(b => b.Payments)
            .HasForeignKey(p => p.BillId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("bill_payments_bill_id_fkey");
        builder.HasOne(p => p.BankAccount).WithMany(b => b.Payments)
            .HasForeignKey(p => p.BankAccountId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("bill_payments_bank_account_id_fkey");

        builder.HasIndex(p => p.BillId).HasDatabaseName("idx_bill_payments_bill");
        builder.HasIndex(p => p.BankAccountId).HasDatabaseName("idx_bill_payments_bank");
        builder.HasIndex(p => p.BuildiumPaymentId).IsUnique().HasDatabaseName("bill_payments_buildium_payment_id_key");
    }
}
