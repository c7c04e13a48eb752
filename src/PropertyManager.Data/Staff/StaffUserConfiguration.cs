using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PropertyManager.Data.Staff;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.ToTable("buildium_staff_users");
        builder.HasKey(u => u.BuildiumUserId).HasName("buildium_staff_users_pkey");
        builder.Property(u => u.BuildiumUserId).HasColumnName("buildium_user_id").ValueGeneratedNever();
        builder.Property(u => u.FirstName).HasColumnName("first_name").HasMaxLength(100);
        builder.Property(u => u.LastName).HasColumnName("last_name").HasMaxLength(100);
        builder.Property(u => u.CompanyName).HasColumnName("company_name").HasMaxLength(255);
        builder.Property(u => u.Email).HasColumnName("email").HasMaxLength(255);
        builder.Property(u => u.IsActive).HasColumnName("is_active");
        builder.Property(u => u.RefreshedAt).HasColumnName("refreshed_at");
        builder.Ignore(u => u.DisplayName);
    }
}
