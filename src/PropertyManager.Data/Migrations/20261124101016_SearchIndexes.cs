using Microsoft.EntityFrameworkCore.Migrations;
using PropertyManager.Data.Schema;

#nullable disable

namespace PropertyManager.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(TrigramIndexes.UpSql());

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(TrigramIndexes.DownSql());
    }
}
