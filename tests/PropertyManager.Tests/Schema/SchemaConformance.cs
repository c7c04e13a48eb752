using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Schema;

/// <summary>Checks a database's catalogs against the document (via <see cref="DocumentedSchema"/>) and our additions.</summary>
public static class SchemaConformance
{
    /// <summary>Tables of the app's own (sync engine state), beside the documented ones.</summary>
    public static IReadOnlySet<string> AppTables { get; } = new HashSet<string>(StringComparer.Ordinal) { "sync_runs", "sync_cursors", "sync_records", "sync_conflicts", "sync_write_only_values", "user_property_access", "sensitive_change_audit", "buildium_staff_users",
        "tenants", "lease_tenants", "lease_rents", "lease_rent_charges", "lease_balances", "lease_transactions", "work_order_links", "report_versions" };

    /// <summary>Every relationship of the document's Relationships section, with the delete rule we chose for it.</summary>
    public static IReadOnlyList<(string Table, string Column, string PrincipalTable, string PrincipalColumn, string OnDelete)> ForeignKeys { get; } =
    [
        ("units", "property_id", "properties", "id", "RESTRICT"),
        ("ownership", "property_id", "properties", "id", "CASCADE"),
        ("ownership", "owner_id", "owners", "id", "CASCADE"),
        ("Lease", "propertyId", "properties", "id", "RESTRICT"),
        ("Lease", "unitId", "units", "id", "RESTRICT"),
        ("bank_accounts", "gl_account", "gl_accounts", "id", "RESTRICT"),
        ("bills", "vendor_id", "vendors", "id", "RESTRICT"),
        ("bills", "property_id", "properties", "id", "RESTRICT"),
        ("bills", "unit_id", "units", "id", "RESTRICT"),
        ("bill_payments", "bill_id", "bills", "id", "RESTRICT"),
        ("bill_payments", "bank_account_id", "bank_accounts", "id", "RESTRICT"),
        ("vendors", "category_id", "vendor_categories", "buildium_category_id", "SET NULL"),
        ("bills", "category_id", "bill_categories", "buildium_category_id", "SET NULL"),
        ("tasks", "property_id", "properties", "id", "RESTRICT"),
        ("tasks", "unit_id", "units", "id", "RESTRICT"),
        ("task_history", "task_id", "tasks", "id", "CASCADE"),
        ("task_history_files", "task_history_id", "task_history", "id", "CASCADE"),
        ("work_orders", "property_id", "properties", "id", "RESTRICT"),
        ("work_orders", "unit_id", "units", "id", "RESTRICT"),
        ("tasks", "category", "task_categories", "name", "SET NULL"),
    ];

    /// <summary>Columns that identify a Buildium record, unique so that upserts can key on them.</summary>
    public static IReadOnlyList<(string Table, string Column)> BuildiumKeys { get; } =
    [
        ("properties", "buildium_property_id"), ("units", "buildium_unit_id"), ("owners", "buildium_owner_id"),
        ("Lease", "buildium_lease_id"), ("bank_accounts", "buildium_bank_id"), ("vendors", "buildium_vendor_id"),
        ("bills", "buildium_bill_id"), ("bill_payments", "buildium_payment_id"), ("gl_accounts", "buildium_gl_account_id"),
        ("vendor_categories", "buildium_category_id"), ("bill_categories", "buildium_category_id"),
        ("tasks", "buildium_task_id"), ("work_orders", "buildium_work_order_id"), ("task_categories", "buildium_category_id"),
        ("task_history", "buildium_history_id"), ("task_history_files", "buildium_file_id"),
        ("buildium_webhook_events", "event_id"),
    ];

    public static void AssertColumnsMatchDocument(SchemaSnapshot schema)
    {
        var tables = schema.Columns.Where(c => !AppTables.Contains(c.Table)).GroupBy(c => c.Table).ToDictionary(g => g.Key, g => g.ToList());
        tables.Keys.Order(StringComparer.Ordinal).ShouldBe(DocumentedSchema.Tables.Select(t => t.Name).Order(StringComparer.Ordinal), "tables");
        foreach (var table in DocumentedSchema.Tables)
        {
            var actual = tables[table.Name];
            actual.Select(c => c.Name).Order(StringComparer.Ordinal)
                .ShouldBe(table.Columns.Select(c => c.Name).Order(StringComparer.Ordinal), $"columns of {table.Name}");
            foreach (var expected in table.Columns)
            {
                var column = actual.Single(c => c.Name == expected.Name);
                var where = $"{table.Name}.{expected.Name}";
                column.DataType.ShouldBe(expected.DataType, where);
                column.MaxLength.ShouldBe(expected.MaxLength, where);
                column.Precision.ShouldBe(expected.Precision, where);
                column.Scale.ShouldBe(expected.Scale, where);
                column.NotNull.ShouldBe(expected.NotNull, where);
                if (expected.DataType == "ARRAY")
                {
                    column.UdtName.ShouldBe("_int4", where);
                }
            }

            schema.Indexes.ShouldContain(i => i.Table == table.Name && i.Primary && i.Columns == table.PrimaryKey, $"primary key of {table.Name}");
        }
    }

    public static void AssertDocumentedIndexes(SchemaSnapshot schema)
    {
        foreach (var expected in DocumentedSchema.Indexes)
        {
            var index = schema.Indexes.SingleOrDefault(i => i.Name == expected.Name);
            index.ShouldNotBeNull($"index {expected.Name}");
            index.Table.ShouldBe(expected.Table, expected.Name);
            index.Columns.ShouldBe(string.Join(',', expected.Columns), expected.Name);
            index.Unique.ShouldBe(expected.Unique, expected.Name);
        }
    }

    public static void AssertSyncKeysAndRelationships(SchemaSnapshot schema)
    {
        foreach (var (table, column) in BuildiumKeys)
        {
            schema.Indexes.ShouldContain(i => i.Table == table && i.Columns == column && i.Unique, $"unique key on {table}.{column}");
        }

        foreach (var fk in ForeignKeys)
        {
            var actual = schema.ForeignKeys.Where(f => f.Table == fk.Table && f.Column == fk.Column).ToList();
            actual.Count.ShouldBe(1, $"one foreign key on {fk.Table}.{fk.Column}");
            actual[0].PrincipalTable.ShouldBe(fk.PrincipalTable);
            actual[0].PrincipalColumn.ShouldBe(fk.PrincipalColumn);
            actual[0].OnDelete.ShouldBe(fk.OnDelete, $"{fk.Table}.{fk.Column}");
        }

        schema.ForeignKeys.Count(f => !AppTables.Contains(f.Table)).ShouldBe(ForeignKeys.Count);
    }

    public static void AssertRowLevelSecurityAndTriggers(SchemaSnapshot schema)
    {
        schema.Tables.Count.ShouldBe(23 + AppTables.Count);
        foreach (var table in schema.Tables)
        {
            table.RowSecurity.ShouldBeTrue($"RLS on {table.Name}");
            table.Policies.ShouldNotBeEmpty($"policy on {table.Name}");
            if (table.Name != "buildium_api_log" && !AppTables.Contains(table.Name))
            {
                table.Triggers.ShouldContain("touch_updated_at", Case.Sensitive, $"updated_at trigger on {table.Name}");
            }
        }

        foreach (var column in schema.Columns.Where(c => c.Name is "created_at" or "updated_at" or "createdAt" or "updatedAt" && !AppTables.Contains(c.Table)))
        {
            column.Default.ShouldNotBeNull($"{column.Table}.{column.Name} default");
            column.Default.ShouldContain("now()");
        }
    }
}
