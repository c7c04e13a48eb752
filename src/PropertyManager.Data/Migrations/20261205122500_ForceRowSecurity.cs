using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertyManager.Data.Migrations
{
    /// <summary>
    /// Issue 13: row level security binds the table owner too (<c>FORCE</c>), so a deployment whose app connects as the
    /// owner (only <c>ConnectionStrings:Default</c> set) keeps the database's second line. Every connection the app opens
    /// through EF Core sets its session (migrations included: they run as 'all'); superusers and BYPASSRLS roles still
    /// bypass it, which is why the app refuses to serve as one (ADR-014). The model is unchanged: no designer file.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261205122500_ForceRowSecurity")]
    public partial class ForceRowSecurity : Migration
    {
        private const string Toggle = """
            DO $do$
            DECLARE t regclass;
            BEGIN
                FOR t IN SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity
                LOOP
                    EXECUTE format('ALTER TABLE %s {0} ROW LEVEL SECURITY', t);
                END LOOP;
            END $do$;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Toggle.Replace("{0}", "FORCE", StringComparison.Ordinal));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Toggle.Replace("{0}", "NO FORCE", StringComparison.Ordinal));
    }
}
