using Microsoft.EntityFrameworkCore.Migrations;
using PropertyManager.Data.Schema;

#nullable disable

namespace PropertyManager.Data.Migrations
{
    /// <summary>
    /// Foreign keys, unique sync keys, row level security, updated_at triggers and defaults, all idempotent so that a
    /// baselined hand-built database ends up identical to a freshly migrated one. See <see cref="SchemaGuards"/>.
    /// </summary>
    public partial class SyncKeysAndSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaGuards.UpSql());

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaGuards.DownSql());
    }
}
