using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.Bills;

internal sealed class BillConfiguration : IEntityTypeConfiguration<Bill>
{
    public void Configure(EntityTypeBuilder<Bill> builder)
    {
        builder.ToTable("bills");
        builder.Property(b => b.Amount).HasPrecision(10, 2);
        builder.Property(b => b.ReferenceNumber).HasMaxLength(255);
        builder.Property(b => b.Status).HasMaxLength(20);
        builder.HasTimestamps();

        // Restrict on every parent: bills are financial records and outlive nothing they point at.
        builder.HasOne(b => b.Vendor).WithMany(v => v.Bills)
            .HasForeignKey(b => b.VendorId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("bills_vendor_id_fkey");
        builder.HasOne(b => b.Property).WithMany(p => p.Bills)
            .HasForeignKey(b => b.PropertyId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("bills_property_id_fkey");
        builder.HasOne(b => b.Unit).WithMany(u => u.Bills)
            .HasForeignKey(b => b.UnitId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("bills_unit_id_fkey");
        // category_id (INTEGER) references bill_categories.buildium_category_id, not the UUID id; see VendorConfiguration.

        builder.HasIndex(b => b.VendorId).HasDatabaseName("idx_bills_vendor");
        builder.HasIndex(b => b.PropertyId).HasDatabaseName("idx_bills_property");
        builder.HasIndex(b => b.UnitId).HasDatabaseName("idx_bills_unit");
        builder.HasIndex(b => b.Date).HasDatabaseName("idx_bills_date");
        builder.HasIndex(b => b.Status).HasDatabaseName("idx_bills_status");
        builder.HasIndex(b => b.BuildiumBillId).IsUnique().HasDatabaseName("bills_buildium_bill_id_key");
    }
}
