using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyManager.Data.Migrations
{
    /// <summary>
    /// Issue #15: a change counter per report, raised once per committing transaction by deferred triggers on the tables
    /// under it, so the lease reports can serve a portfolio computed once until something under it changes (see
    /// <see cref="Reports.ReportVersions"/>). SQL only: the model is unchanged, so there is no designer file.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206062000_ReportVersionCounters")]
    public partial class ReportVersionCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(Reports.ReportVersions.UpSql());

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(Reports.ReportVersions.DownSql());
    }
}
