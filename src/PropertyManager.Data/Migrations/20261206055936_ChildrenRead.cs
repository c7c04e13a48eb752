using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyManager.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChildrenRead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "children_read_hash",
                table: "sync_records",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            // A database synced before this column: the rule it replaces said a parent's children are complete when the
            // child kind's last completed read is not older than the parent kind's. Those parents start marked, so the
            // first run after the upgrade does not read every bill's payments again; the others are due, as before.
            migrationBuilder.Sql("""
                UPDATE sync_records r SET children_read_hash = r.payload_hash
                FROM (VALUES ('bill', 'bill_payment'), ('task', 'task_history'), ('task_history', 'task_history_file')) AS k(parent, child)
                JOIN sync_cursors c ON c.kind = k.child AND c.completed_from IS NOT NULL
                LEFT JOIN sync_cursors p ON p.kind = k.parent
                WHERE r.kind = k.parent AND r.deleted_in_buildium_at IS NULL
                  AND (p.completed_from IS NULL OR c.completed_from >= p.completed_from);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "children_read_hash",
                table: "sync_records");
        }
    }
}
