using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertyManager.Data.Common;

namespace PropertyManager.Data.WorkOrders;

internal sealed class WorkOrderLinkConfiguration : IEntityTypeConfiguration<WorkOrderLink>
{
    public void Configure(EntityTypeBuilder<WorkOrderLink> builder)
    {
        builder.ToTable("work_order_links");
        builder.HasKey(l => l.WorkOrderId);
        builder.Property(l => l.WorkOrderId).ValueGeneratedNever();
        builder.HasTimestamps();

        builder.HasOne(l => l.WorkOrder).WithOne()
            .HasForeignKey<WorkOrderLink>(l => l.WorkOrderId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("work_order_links_work_order_id_fkey");
        // A vendor with work orders keeps its history: it is deactivated, not deleted.
        builder.HasOne(l => l.Vendor).WithMany()
            .HasForeignKey(l => l.VendorId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("work_order_links_vendor_id_fkey");
        builder.HasOne(l => l.Task).WithMany()
            .HasForeignKey(l => l.TaskId).OnDelete(DeleteBehavior.SetNull)
            .HasConstraintName("work_order_links_task_id_fkey");

        builder.HasIndex(l => l.VendorId).HasDatabaseName("work_order_links_vendor_id_idx");
        builder.HasIndex(l => l.TaskId).HasDatabaseName("work_order_links_task_id_idx");
    }
}
