using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Schema;

/// <summary>A freshly migrated database matches the schema document table for table, column for column.</summary>
public sealed class SchemaConformanceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Every_documented_table_and_column_exists_with_its_type_length_precision_and_nullability()
    {
        var schema = await SchemaSnapshot.ReadAsync(database.ConnectionString);
        SchemaConformance.AssertColumnsMatchDocument(schema);
    }

    [Fact]
    public async Task Every_documented_index_exists_under_its_name_with_its_columns()
    {
        var schema = await SchemaSnapshot.ReadAsync(database.ConnectionString);
        SchemaConformance.AssertDocumentedIndexes(schema);
    }

    [Fact]
    public async Task Buildium_ids_are_unique_and_every_relationship_has_a_foreign_key_with_its_delete_rule()
    {
        var schema = await SchemaSnapshot.ReadAsync(database.ConnectionString);
        SchemaConformance.AssertSyncKeysAndRelationships(schema);
    }

    [Fact]
    public async Task All_23_tables_have_row_level_security_with_a_policy_and_timestamp_defaults()
    {
        var schema = await SchemaSnapshot.ReadAsync(database.ConnectionString);
        SchemaConformance.AssertRowLevelSecurityAndTriggers(schema);
    }

    [Fact]
    public async Task The_lease_table_keeps_its_quoted_name_camelCase_columns_and_bigserial_id()
    {
        var schema = await SchemaSnapshot.ReadAsync(database.ConnectionString);
        var lease = schema.Columns.Where(c => c.Table == "Lease").ToList();
        lease.Select(c => c.Name).ShouldBe(["id", "propertyId", "unitId", "startDate", "endDate", "status", "depositAmt", "notes", "buildium_lease_id", "createdAt", "updatedAt"]);
        var id = lease.Single(c => c.Name == "id");
        id.DataType.ShouldBe("bigint");
        id.Default.ShouldNotBeNull();
        id.Default.ShouldStartWith("nextval('\"Lease_id_seq\"");
        lease.Single(c => c.Name == "startDate").DataType.ShouldBe("timestamp without time zone");
    }

    [Fact]
    public async Task The_migrations_match_the_model_so_no_migration_was_forgotten()
    {
        await using var db = database.CreateContext();
        db.Database.HasPendingModelChanges().ShouldBeFalse("run 'dotnet ef migrations add' after changing a configuration");
        await using var accounts = new AccountsDbContext(AccountsDbContextOptions.Create(database.ConnectionString));
        accounts.Database.HasPendingModelChanges().ShouldBeFalse("run 'dotnet ef migrations add --context AccountsDbContext' after changing the accounts model");
    }

    [Fact]
    public async Task Accounts_live_in_schema_identity_with_their_own_history_and_the_four_roles_and_none_in_public()
    {
        var tables = await database.ExecuteScalarAsync<string>(
            "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'identity'");
        tables.Split(',').ShouldBe(
            ["__EFMigrationsHistory", "data_protection_keys", "role_claims", "roles", "user_claims", "user_logins", "user_roles", "user_tokens", "users"]);
        (await database.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('user_property_access', 'buildium_staff_users') AND (table_name LIKE '%user%' OR table_name LIKE '%role%' OR table_name LIKE 'data_protection%')"))
            .ShouldBe(0);
        (await database.ExecuteScalarAsync<string>("SELECT string_agg(name, ',' ORDER BY name) FROM identity.roles")).ShouldBe("Accountant,Admin,Manager,Viewer");
        (await database.ExecuteScalarAsync<string>("SELECT string_agg(migration_id, ',' ORDER BY migration_id) FROM identity.\"__EFMigrationsHistory\"")).ShouldStartWith("20261124085715_Accounts");
    }
}
