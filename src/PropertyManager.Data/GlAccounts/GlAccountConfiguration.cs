using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.GlAccounts;

internal sealed class GlAccountConfiguration : IEntityTypeConfiguration<GlAccount>
{
    public void Configure(EntityTypeBuilder<GlAccount> builder)
    {
        builder.ToTable("gl_accounts");
        builder.Property(g => g.AccountNumber).HasMaxLength(50);
        builder.Property(g => g.Name).HasMaxLength(255);
        builder.Property(g => g.Type).HasMaxLength(50);
        builder.Property(g => g.SubType).HasMaxLength(50);
        builder.Property(g => g.DefaultAccountName).HasMaxLength(255);
        builder.Property(g => g.CashFlowClassification).HasMaxLength(50);
        builder.HasTimestamps();

        builder.HasIndex(g => g.BuildiumGlAccountId).IsUnique().HasDatabaseName("gl_accounts_buildium_gl_account_id_key");
    }
}
