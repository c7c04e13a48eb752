using System;
using Microsoft.EntityFrameworkCore.Migrations;
using PropertyManager.Data.Schema;

#nullable disable

namespace PropertyManager.Data.Migrations
{
    /// <summary>
    /// Issue 13 (ADR-014): who changed a bank account's account or routing number or a vendor's tax id, and when, never the
    /// value; an extension table beside the documented ones. Any signed-in writer's save adds rows; only 'all' (admins,
    /// the system) reads them; nobody changes or deletes them through the app role.
    /// </summary>
    public partial class SensitiveChangeAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sensitive_change_audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    entity_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("sensitive_change_audit_pkey", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "sensitive_change_audit_changed_at_idx",
                table: "sensitive_change_audit",
                column: "changed_at");

            migrationBuilder.CreateIndex(
                name: "sensitive_change_audit_entity_idx",
                table: "sensitive_change_audit",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.Sql(PortfolioSecurity.AuditTablePolicies("sensitive_change_audit"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sensitive_change_audit");
        }
    }
}
