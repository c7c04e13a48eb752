using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PropertyManager.Data.Schema;

#nullable disable

namespace PropertyManager.Data.Migrations
{
    /// <summary>
    /// Row level security per portfolio (issue #7): the property assignments table and policies that replace the
    /// permissive <c>pm_app_access</c>. The model is unchanged (the assignments are not an entity), so there is no designer file.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261124100000_LeastPrivilege")]
    public partial class LeastPrivilege : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PortfolioSecurity.UpSql());

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PortfolioSecurity.DownSql());
    }
}
