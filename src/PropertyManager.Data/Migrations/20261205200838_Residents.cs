using System;
using Microsoft.EntityFrameworkCore.Migrations;
using PropertyManager.Data.Schema;

#nullable disable

namespace PropertyManager.Data.Migrations
{
    /// <summary>
    /// Issue 15: tenants, their leases, rent schedules, balances and the lease ledger, beside the documented tables,
    /// under the same row level security as the portfolio: every row reaches a property through its lease.
    /// </summary>
    public partial class Residents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lease_balances",
                columns: table => new
                {
                    lease_id = table.Column<long>(type: "bigint", nullable: false),
                    total_balance = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    balance_0_30 = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    balance_31_60 = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    balance_61_90 = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    balance_over_90 = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("lease_balances_pkey", x => x.lease_id);
                    table.ForeignKey(
                        name: "lease_balances_lease_id_fkey",
                        column: x => x.lease_id,
                        principalTable: "Lease",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lease_rents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    lease_id = table.Column<long>(type: "bigint", nullable: false),
                    buildium_rent_id = table.Column<int>(type: "integer", nullable: true),
                    rent_cycle = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    total_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("lease_rents_pkey", x => x.id);
                    table.ForeignKey(
                        name: "lease_rents_lease_id_fkey",
                        column: x => x.lease_id,
                        principalTable: "Lease",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tenants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    buildium_tenant_id = table.Column<int>(type: "integer", nullable: true),
                    first_name = table.Column<string>(type: "character varying(127)", maxLength: 127, nullable: true),
                    last_name = table.Column<string>(type: "character varying(127)", maxLength: 127, nullable: true),
                    email = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    alternate_email = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    phone_home = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    phone_work = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    phone_mobile = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    address_line1 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line3 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    state = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    comment = table.Column<string>(type: "text", nullable: true),
                    tax_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
                    buildium_created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("tenants_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lease_rent_charges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    lease_rent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    buildium_charge_id = table.Column<int>(type: "integer", nullable: true),
                    gl_account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    memo = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    first_charge_date = table.Column<DateOnly>(type: "date", nullable: true),
                    due_on_day_of_the_month = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("lease_rent_charges_pkey", x => x.id);
                    table.ForeignKey(
                        name: "lease_rent_charges_gl_account_id_fkey",
                        column: x => x.gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "lease_rent_charges_lease_rent_id_fkey",
                        column: x => x.lease_rent_id,
                        principalTable: "lease_rents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lease_tenants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    lease_id = table.Column<long>(type: "bigint", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    move_in_date = table.Column<DateOnly>(type: "date", nullable: true),
                    move_out_date = table.Column<DateOnly>(type: "date", nullable: true),
                    is_primary = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("lease_tenants_pkey", x => x.id);
                    table.ForeignKey(
                        name: "lease_tenants_lease_id_fkey",
                        column: x => x.lease_id,
                        principalTable: "Lease",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "lease_tenants_tenant_id_fkey",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lease_transactions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    lease_id = table.Column<long>(type: "bigint", nullable: false),
                    buildium_transaction_id = table.Column<int>(type: "integer", nullable: true),
                    transaction_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: true),
                    total_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    memo = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    check_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    payment_method = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    payee_tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("lease_transactions_pkey", x => x.id);
                    table.ForeignKey(
                        name: "lease_transactions_lease_id_fkey",
                        column: x => x.lease_id,
                        principalTable: "Lease",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "lease_transactions_payee_tenant_id_fkey",
                        column: x => x.payee_tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "lease_balances_total_balance_idx",
                table: "lease_balances",
                column: "total_balance");

            migrationBuilder.CreateIndex(
                name: "lease_rent_charges_buildium_charge_id_key",
                table: "lease_rent_charges",
                column: "buildium_charge_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "lease_rent_charges_gl_account_id_idx",
                table: "lease_rent_charges",
                column: "gl_account_id");

            migrationBuilder.CreateIndex(
                name: "lease_rent_charges_lease_rent_id_idx",
                table: "lease_rent_charges",
                column: "lease_rent_id");

            migrationBuilder.CreateIndex(
                name: "lease_rents_buildium_rent_id_key",
                table: "lease_rents",
                column: "buildium_rent_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "lease_rents_lease_id_idx",
                table: "lease_rents",
                column: "lease_id");

            migrationBuilder.CreateIndex(
                name: "lease_tenants_lease_id_tenant_id_key",
                table: "lease_tenants",
                columns: new[] { "lease_id", "tenant_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "lease_tenants_tenant_id_idx",
                table: "lease_tenants",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "lease_transactions_buildium_transaction_id_key",
                table: "lease_transactions",
                column: "buildium_transaction_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "lease_transactions_lease_id_date_idx",
                table: "lease_transactions",
                columns: new[] { "lease_id", "date" });

            migrationBuilder.CreateIndex(
                name: "lease_transactions_payee_tenant_id_idx",
                table: "lease_transactions",
                column: "payee_tenant_id");

            migrationBuilder.CreateIndex(
                name: "tenants_buildium_tenant_id_key",
                table: "tenants",
                column: "buildium_tenant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "tenants_last_name_first_name_idx",
                table: "tenants",
                columns: new[] { "last_name", "first_name" });

            const string ThroughLease = "lease_id IN (SELECT pm_l.id FROM \"Lease\" pm_l)";
            migrationBuilder.Sql(PortfolioSecurity.PortfolioTablePolicies("lease_tenants", ThroughLease));
            migrationBuilder.Sql(PortfolioSecurity.PortfolioTablePolicies("lease_rents", ThroughLease));
            migrationBuilder.Sql(PortfolioSecurity.PortfolioTablePolicies("lease_balances", ThroughLease));
            migrationBuilder.Sql(PortfolioSecurity.PortfolioTablePolicies("lease_transactions", ThroughLease));
            migrationBuilder.Sql(PortfolioSecurity.PortfolioTablePolicies("lease_rent_charges", "lease_rent_id IN (SELECT pm_r.id FROM lease_rents pm_r)"));
            migrationBuilder.Sql(PortfolioSecurity.PortfolioTablePolicies("tenants", "id IN (SELECT pm_t.tenant_id FROM lease_tenants pm_t)", unlinkedInsert: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lease_balances");

            migrationBuilder.DropTable(
                name: "lease_rent_charges");

            migrationBuilder.DropTable(
                name: "lease_tenants");

            migrationBuilder.DropTable(
                name: "lease_transactions");

            migrationBuilder.DropTable(
                name: "lease_rents");

            migrationBuilder.DropTable(
                name: "tenants");
        }
    }
}
