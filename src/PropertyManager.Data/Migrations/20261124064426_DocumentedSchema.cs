using System;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PropertyManager.Data.Migrations
{
    /// <inheritdoc />
    /// <summary>
    /// The 23 tables, keys and named indexes exactly as the schema document describes them: what a database built
    /// by hand from the document already has, so <c>migrate --baseline</c> can record this migration as applied.
    /// Foreign keys, sync keys, RLS and triggers come in <see cref="SyncKeysAndSecurity"/>, written to be idempotent.
    /// </summary>
    public partial class DocumentedSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bill_categories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    buildium_category_id = table.Column<int>(type: "integer", nullable: true),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("bill_categories_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "buildium_api_cache",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    endpoint = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    parameters = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    response_data = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("buildium_api_cache_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "buildium_api_log",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    endpoint = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    method = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    request_data = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    response_status = table.Column<int>(type: "integer", nullable: true),
                    response_data = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    error_message = table.Column<string>(type: "text", nullable: true),
                    duration_ms = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("buildium_api_log_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "buildium_sync_status",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    entity_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    buildium_id = table.Column<int>(type: "integer", nullable: true),
                    last_synced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sync_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    error_message = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("buildium_sync_status_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "buildium_webhook_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    event_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    event_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    event_data = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    processed = table.Column<bool>(type: "boolean", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    error_message = table.Column<string>(type: "text", nullable: true),
                    retry_count = table.Column<int>(type: "integer", nullable: true),
                    max_retries = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("buildium_webhook_events_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "gl_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    buildium_gl_account_id = table.Column<int>(type: "integer", nullable: false),
                    account_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    sub_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    is_default_gl_account = table.Column<bool>(type: "boolean", nullable: true),
                    default_account_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    is_contra_account = table.Column<bool>(type: "boolean", nullable: true),
                    is_bank_account = table.Column<bool>(type: "boolean", nullable: true),
                    cash_flow_classification = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    exclude_from_cash_balances = table.Column<bool>(type: "boolean", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: true),
                    buildium_parent_gl_account_id = table.Column<int>(type: "integer", nullable: true),
                    is_credit_card_account = table.Column<bool>(type: "boolean", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("gl_accounts_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "owners",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    first_name = table.Column<string>(type: "character varying(127)", maxLength: 127, nullable: true),
                    last_name = table.Column<string>(type: "character varying(127)", maxLength: 127, nullable: true),
                    is_company = table.Column<bool>(type: "boolean", nullable: true),
                    company_name = table.Column<string>(type: "character varying(127)", maxLength: 127, nullable: true),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    management_agreement_start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    management_agreement_end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    email = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    alternate_email = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    phone_home = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    phone_work = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    phone_mobile = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    phone_fax = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    address_line1 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line3 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    state = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    comment = table.Column<string>(type: "text", nullable: true),
                    tax_payer_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    tax_payer_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    tax_payer_name1 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    tax_payer_name2 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    tax_address_line1 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    tax_address_line2 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    tax_address_line3 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    tax_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    tax_state = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    tax_postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    tax_country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    last_contacted = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    buildium_owner_id = table.Column<int>(type: "integer", nullable: true),
                    tax_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: true),
                    buildium_created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    buildium_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("owners_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "owners_list_cache",
                columns: table => new
                {
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: true),
                    display_name = table.Column<string>(type: "text", nullable: true),
                    primary_email = table.Column<string>(type: "text", nullable: true),
                    primary_phone = table.Column<string>(type: "text", nullable: true),
                    management_agreement_start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    management_agreement_end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("owners_list_cache_pkey", x => x.owner_id);
                });

            migrationBuilder.CreateTable(
                name: "properties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    name = table.Column<string>(type: "character varying(127)", maxLength: 127, nullable: true),
                    structure_description = table.Column<string>(type: "text", nullable: true),
                    address_line1 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line3 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    state = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    buildium_property_id = table.Column<int>(type: "integer", nullable: true),
                    rental_sub_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    rental_owner_ids = table.Column<int[]>(type: "integer[]", nullable: true),
                    operating_bank_account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reserve = table.Column<decimal>(type: "numeric", nullable: true),
                    year_built = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    total_units = table.Column<int>(type: "integer", nullable: true),
                    property_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    square_footage = table.Column<int>(type: "integer", nullable: true),
                    bedrooms = table.Column<int>(type: "integer", nullable: true),
                    bathrooms = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: true),
                    buildium_created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    buildium_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("properties_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "property_ownerships_cache",
                columns: table => new
                {
                    ownership_id = table.Column<Guid>(type: "uuid", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: true),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contact_id = table.Column<long>(type: "bigint", nullable: true),
                    display_name = table.Column<string>(type: "text", nullable: true),
                    primary_email = table.Column<string>(type: "text", nullable: true),
                    primary = table.Column<bool>(type: "boolean", nullable: true),
                    ownership_percentage = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    disbursement_percentage = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("property_ownerships_cache_pkey", x => x.ownership_id);
                });

            migrationBuilder.CreateTable(
                name: "task_categories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    buildium_category_id = table.Column<int>(type: "integer", nullable: true),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    color = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("task_categories_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "vendor_categories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    buildium_category_id = table.Column<int>(type: "integer", nullable: true),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("vendor_categories_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "vendors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    buildium_vendor_id = table.Column<int>(type: "integer", nullable: true),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    category_id = table.Column<int>(type: "integer", nullable: true),
                    contact_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    email = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    phone_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    address_line1 = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    state = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    tax_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("vendors_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bank_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    buildium_bank_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    bank_account_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    account_number = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    routing_number = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: true),
                    balance = table.Column<decimal>(type: "numeric(15,2)", precision: 15, scale: 2, nullable: true),
                    buildium_balance = table.Column<decimal>(type: "numeric(15,2)", precision: 15, scale: 2, nullable: true),
                    gl_account = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("bank_accounts_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ownership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    primary = table.Column<bool>(type: "boolean", nullable: true),
                    ownership_percentage = table.Column<decimal>(type: "numeric", nullable: true),
                    disbursement_percentage = table.Column<decimal>(type: "numeric", nullable: true),
                    owner_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    property_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("ownership_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    property_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    unit_size = table.Column<int>(type: "integer", nullable: true),
                    market_rent = table.Column<decimal>(type: "numeric", nullable: true),
                    address_line1 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line3 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    state = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    unit_bedrooms = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    unit_bathrooms = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    buildium_unit_id = table.Column<int>(type: "integer", nullable: true),
                    unit_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    square_footage = table.Column<int>(type: "integer", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: true),
                    buildium_created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    buildium_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("units_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bills",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    buildium_bill_id = table.Column<int>(type: "integer", nullable: true),
                    vendor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    property_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: true),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    reference_number = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    category_id = table.Column<int>(type: "integer", nullable: true),
                    is_recurring = table.Column<bool>(type: "boolean", nullable: true),
                    recurring_schedule = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("bills_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "Lease",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.SerialColumn),
                    propertyId = table.Column<Guid>(type: "uuid", nullable: true),
                    unitId = table.Column<Guid>(type: "uuid", nullable: true),
                    startDate = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    endDate = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    depositAmt = table.Column<decimal>(type: "numeric", nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    buildium_lease_id = table.Column<int>(type: "integer", nullable: true),
                    createdAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "timezone('utc', now())"),
                    updatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "timezone('utc', now())")
                },
                constraints: table =>
                {
                    table.PrimaryKey("Lease_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    buildium_task_id = table.Column<int>(type: "integer", nullable: true),
                    property_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    subject = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    assigned_to = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    estimated_cost = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    actual_cost = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    scheduled_date = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_date = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("tasks_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "work_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    buildium_work_order_id = table.Column<int>(type: "integer", nullable: true),
                    property_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    subject = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    assigned_to = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    estimated_cost = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    actual_cost = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    scheduled_date = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_date = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("work_orders_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bill_payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    buildium_payment_id = table.Column<int>(type: "integer", nullable: true),
                    bill_id = table.Column<Guid>(type: "uuid", nullable: true),
                    bank_account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: true),
                    reference_number = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    memo = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("bill_payments_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "task_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    buildium_history_id = table.Column<int>(type: "integer", nullable: true),
                    task_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    completed_date = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    assigned_to = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("task_history_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "task_history_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    buildium_file_id = table.Column<int>(type: "integer", nullable: true),
                    task_history_id = table.Column<Guid>(type: "uuid", nullable: true),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    file_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    file_size = table.Column<int>(type: "integer", nullable: true),
                    file_url = table.Column<string>(type: "text", nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("task_history_files_pkey", x => x.id);
                });




            migrationBuilder.CreateIndex(
                name: "idx_bill_payments_bank",
                table: "bill_payments",
                column: "bank_account_id");

            migrationBuilder.CreateIndex(
                name: "idx_bill_payments_bill",
                table: "bill_payments",
                column: "bill_id");


            migrationBuilder.CreateIndex(
                name: "idx_bills_date",
                table: "bills",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "idx_bills_property",
                table: "bills",
                column: "property_id");

            migrationBuilder.CreateIndex(
                name: "idx_bills_status",
                table: "bills",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "idx_bills_unit",
                table: "bills",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "idx_bills_vendor",
                table: "bills",
                column: "vendor_id");

            migrationBuilder.CreateIndex(
                name: "idx_buildium_cache_endpoint",
                table: "buildium_api_cache",
                column: "endpoint");

            migrationBuilder.CreateIndex(
                name: "idx_buildium_cache_expires",
                table: "buildium_api_cache",
                column: "expires_at");



            migrationBuilder.CreateIndex(
                name: "idx_buildium_sync_entity",
                table: "buildium_sync_status",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "idx_buildium_sync_status",
                table: "buildium_sync_status",
                column: "sync_status");


            migrationBuilder.CreateIndex(
                name: "idx_webhook_events_processed",
                table: "buildium_webhook_events",
                column: "processed");

            migrationBuilder.CreateIndex(
                name: "idx_webhook_events_type",
                table: "buildium_webhook_events",
                column: "event_type");






            migrationBuilder.CreateIndex(
                name: "owners_last_name_first_name_idx",
                table: "owners",
                columns: new[] { "last_name", "first_name" });

            migrationBuilder.CreateIndex(
                name: "ownership_owner_id_idx",
                table: "ownership",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ownership_owner_id_property_id_key",
                table: "ownership",
                columns: new[] { "owner_id", "property_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ownership_property_id_idx",
                table: "ownership",
                column: "property_id");


            migrationBuilder.CreateIndex(
                name: "properties_name_idx",
                table: "properties",
                column: "name");







            migrationBuilder.CreateIndex(
                name: "idx_tasks_assigned",
                table: "tasks",
                column: "assigned_to");

            migrationBuilder.CreateIndex(
                name: "idx_tasks_priority",
                table: "tasks",
                column: "priority");

            migrationBuilder.CreateIndex(
                name: "idx_tasks_property",
                table: "tasks",
                column: "property_id");

            migrationBuilder.CreateIndex(
                name: "idx_tasks_status",
                table: "tasks",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "idx_tasks_unit",
                table: "tasks",
                column: "unit_id");



            migrationBuilder.CreateIndex(
                name: "units_property_id_idx",
                table: "units",
                column: "property_id");

            migrationBuilder.CreateIndex(
                name: "units_property_id_unit_number_key",
                table: "units",
                columns: new[] { "property_id", "unit_number" },
                unique: true);


            migrationBuilder.CreateIndex(
                name: "idx_vendors_active",
                table: "vendors",
                column: "is_active");

            migrationBuilder.CreateIndex(
                name: "idx_vendors_category",
                table: "vendors",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "idx_vendors_name",
                table: "vendors",
                column: "name");


            migrationBuilder.CreateIndex(
                name: "idx_work_orders_property",
                table: "work_orders",
                column: "property_id");

            migrationBuilder.CreateIndex(
                name: "idx_work_orders_status",
                table: "work_orders",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "idx_work_orders_unit",
                table: "work_orders",
                column: "unit_id");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bill_categories");

            migrationBuilder.DropTable(
                name: "bill_payments");

            migrationBuilder.DropTable(
                name: "buildium_api_cache");

            migrationBuilder.DropTable(
                name: "buildium_api_log");

            migrationBuilder.DropTable(
                name: "buildium_sync_status");

            migrationBuilder.DropTable(
                name: "buildium_webhook_events");

            migrationBuilder.DropTable(
                name: "Lease");

            migrationBuilder.DropTable(
                name: "owners_list_cache");

            migrationBuilder.DropTable(
                name: "ownership");

            migrationBuilder.DropTable(
                name: "property_ownerships_cache");

            migrationBuilder.DropTable(
                name: "task_categories");

            migrationBuilder.DropTable(
                name: "task_history_files");

            migrationBuilder.DropTable(
                name: "vendor_categories");

            migrationBuilder.DropTable(
                name: "work_orders");

            migrationBuilder.DropTable(
                name: "bank_accounts");

            migrationBuilder.DropTable(
                name: "bills");

            migrationBuilder.DropTable(
                name: "owners");

            migrationBuilder.DropTable(
                name: "task_history");

            migrationBuilder.DropTable(
                name: "gl_accounts");

            migrationBuilder.DropTable(
                name: "vendors");

            migrationBuilder.DropTable(
                name: "tasks");

            migrationBuilder.DropTable(
                name: "units");

            migrationBuilder.DropTable(
                name: "properties");
        }
    }
}
