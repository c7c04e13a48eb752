using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;
using PropertyManager.Data.Sensitive;

namespace PropertyManager.Data.BankAccounts;

internal sealed class BankAccountConfiguration : IEntityTypeConfiguration<BankAccount>
{
    public void Configure(EntityTypeBuilder<BankAccount> builder)
    {
        builder.ToTable("bank_accounts");
        builder.Property(b => b.Name).HasMaxLength(255);
        builder.Property(b => b.BankAccountType).HasMaxLength(20);
        builder.Property(b => b.AccountNumber).HasMaxLength(255).IsSensitive();
        builder.Property(b => b.RoutingNumber).HasMaxLength(255).IsSensitive();
        builder.Property(b => b.Balance).HasPrecision(15, 2);
        builder.Property(b => b.BuildiumBalance).HasPrecision(15, 2);
        builder.Property(b => b.GlAccountId).HasColumnName("gl_account");
        builder.HasTimestamps();

        // Restrict: a GL account that a bank account posts to cannot be deleted from under it.
        builder.HasOne(b => b.GlAccount).WithMany(g => g.BankAccounts)
            .HasForeignKey(b => b.GlAccountId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("bank_accounts_gl_account_fkey");

        builder.HasIndex(b => b.GlAccountId).HasDatabaseName("bank_accounts_gl_account_idx");
        builder.HasIndex(b => b.BuildiumBankId).IsUnique().HasDatabaseName("bank_accounts_buildium_bank_id_key");
    }
}
