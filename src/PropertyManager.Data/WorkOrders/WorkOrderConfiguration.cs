using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.WorkOrders;

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.ToTable("work_orders");
        builder.Property(w => w.Subject).HasMaxLength(255);
        builder.Property(w => w.Priority).HasMaxLength(20);
        builder.Property(w => w.Status).HasMaxLength(20);
        builder.Property(w => w.AssignedTo).HasMaxLength(255);
        builder.Property(w => w.EstimatedCost).HasPrecision(10, 2);
        builder.Property(w => w.ActualCost).HasPrecision(10, 2);
        builder.Property(w => w.Category).HasMaxLength(100);
        builder.HasTimestamps();

        // Restrict: work orders carry costs and vendor history for the property and unit.
        builder.HasOne(w => w.Property).WithMany(p => p.WorkOrders)
            .HasForeignKey(w => w.PropertyId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("work_orders_property_id_fkey");
        builder.HasOne(w => w.Unit).WithMany(u => u.WorkOrders)
            .HasForeignKey(w => w.UnitId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("work_orders_unit_id_fkey");

        builder.HasIndex(w => w.PropertyId).HasDatabaseName("idx_work_orders_property");
        builder.HasIndex(w => w.UnitId).HasDatabaseName("idx_work_orders_unit");
        builder.HasIndex(w => w.Status).HasDatabaseName("idx_work_orders_status");
        builder.HasIndex(w => w.BuildiumWorkOrderId).IsUnique().HasDatabaseName("work_orders_buildium_work_order_id_key");
    }
}
