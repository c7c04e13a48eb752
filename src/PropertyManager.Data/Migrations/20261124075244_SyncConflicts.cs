using System;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;
using PropertyManager.Data.Schema;

#nullable disable

namespace PropertyManager.Data.Migrations
{
    /// <summary>Records changed on both sides since the last sync: the policy's winner and the loser's values, for an admin.</summary>
    public partial class SyncConflicts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sync_conflicts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    buildium_id = table.Column<int>(type: "integer", nullable: false),
                    local_id = table.Column<Guid>(type: "uuid", nullable: false),
                    detected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    winner = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    local_values = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    buildium_values = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolution = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("sync_conflicts_pkey", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "sync_conflicts_kind_buildium_id_idx",
                table: "sync_conflicts",
                columns: new[] { "kind", "buildium_id" });

            migrationBuilder.CreateIndex(
                name: "sync_conflicts_resolved_at_idx",
                table: "sync_conflicts",
                column: "resolved_at");

            migrationBuilder.Sql(SchemaGuards.EnableRowSecuritySql("sync_conflicts"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sync_conflicts");
        }
    }
}
