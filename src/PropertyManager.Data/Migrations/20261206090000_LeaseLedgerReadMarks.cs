using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyManager.Data.Migrations
{
    /// <summary>
    /// Issue #17: a lease's ledger is now due while the lease's <c>children_read_hash</c> does not match it (read whole
    /// since it last changed). A database whose ledgers were read completely before starts with every lease marked, so
    /// the first run after the upgrade reads only the ledgers whose balance moves, as before. SQL only: the model is
    /// unchanged, so there is no designer file.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206090000_LeaseLedgerReadMarks")]
    public partial class LeaseLedgerReadMarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""
                UPDATE sync_records r SET children_read_hash = r.payload_hash
                FROM sync_cursors c
                WHERE c.kind = 'lease_transaction' AND c.completed_from IS NOT NULL
                  AND r.kind = 'lease' AND r.deleted_in_buildium_at IS NULL AND r.children_read_hash IS NULL;
                """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("UPDATE sync_records SET children_read_hash = NULL WHERE kind = 'lease';");
    }
}
