using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PropertyManager.Data.Schema;

#nullable disable

namespace PropertyManager.Data.Migrations
{
    /// <summary>
    /// Issue #13: the policies believe only a session token signed with a key the app's role cannot read, the sync's
    /// tables and the Buildium call log and cache are the system's, and every table is FORCEd so its owner is bound
    /// too. SQL only: the model is unchanged, so there is no designer file. The accounts schema gets its policies in
    /// <see cref="SessionSecurity.IdentitySql"/>, after the accounts history has run.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261205114000_SignedSessions")]
    public partial class SignedSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(SessionSecurity.UpSql() + PortfolioSecurity.SignedUpSql() + SessionSecurity.SignMigratingSessionSql());

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(PortfolioSecurity.SignedDownSql() + SessionSecurity.DownSql(Accounts.AccountsDbContext.Schema));
    }
}
