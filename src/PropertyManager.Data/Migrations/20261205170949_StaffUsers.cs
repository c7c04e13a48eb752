using System;
using Microsoft.EntityFrameworkCore.Migrations;
using PropertyManager.Data.Schema;

#nullable disable

namespace PropertyManager.Data.Migrations
{
    /// <summary>
    /// Issue 12: the cache of Buildium's staff users (assignees are picked, not typed), with the row level security every
    /// app table has, forced like the rest since ForceRowSecurity.
    /// </summary>
    public partial class StaffUsers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "buildium_staff_users",
                columns: table => new
                {
                    buildium_user_id = table.Column<int>(type: "integer", nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    company_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    email = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    refreshed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("buildium_staff_users_pkey", x => x.buildium_user_id);
                });
            migrationBuilder.Sql(PortfolioSecurity.WriterTablePolicies("buildium_staff_users"));
            migrationBuilder.Sql("ALTER TABLE buildium_staff_users FORCE ROW LEVEL SECURITY;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "buildium_staff_users");
        }
    }
}
