namespace PropertyManager.Tests.Infrastructure;

/// <summary>150 related rows of every documented entity, inserted with set-based SQL in well under a second.</summary>
public static class SampleRows
{
    public const string Sql = """
        INSERT INTO gl_accounts (buildium_gl_account_id, name, type, is_active) SELECT g, 'GL ' || g, 'Asset', true FROM generate_series(1, 150) g;
        INSERT INTO bank_accounts (buildium_bank_id, name, gl_account, is_active, account_number) SELECT g, 'Bank ' || g, (SELECT id FROM gl_accounts WHERE buildium_gl_account_id = 1), true, '00012345' || g FROM generate_series(1, 150) g;
        INSERT INTO vendor_categories (buildium_category_id, name, is_active) SELECT g, 'Vendor category ' || g, true FROM generate_series(1, 150) g;
        INSERT INTO bill_categories (buildium_category_id, name, is_active) SELECT g, 'Bill category ' || g, true FROM generate_series(1, 150) g;
        INSERT INTO task_categories (buildium_category_id, name, is_active) SELECT g, 'Task category ' || g, true FROM generate_series(1, 150) g;
        INSERT INTO properties (name, address_line1, city, postal_code, country, buildium_property_id, rental_sub_type, status, is_active)
            SELECT 'Property ' || g, g || ' Main St', 'Portland', '97201', 'UnitedStates', g, 'MultiFamily', 'Active', true FROM generate_series(1, 150) g;
        INSERT INTO units (property_id, unit_number, market_rent, buildium_unit_id, is_active, unit_bedrooms)
            SELECT p.id, 'U' || p.buildium_property_id, 1200, p.buildium_property_id, true, 'TwoBed' FROM properties p;
        INSERT INTO owners (first_name, last_name, email, buildium_owner_id, is_active, tax_payer_id)
            SELECT 'Owner', 'Number ' || g, 'owner' || g || '@example.com', g, true, '123-45-' || lpad(g::text, 4, '0') FROM generate_series(1, 150) g;
        INSERT INTO ownership (owner_id, property_id, "primary", ownership_percentage, disbursement_percentage)
            SELECT o.id, p.id, true, 100, 100 FROM owners o JOIN properties p ON p.buildium_property_id = o.buildium_owner_id;
        INSERT INTO "Lease" ("propertyId", "unitId", "startDate", "endDate", status, "depositAmt", buildium_lease_id)
            SELECT u.property_id, u.id, now() - interval '300 days', now() + (u.buildium_unit_id || ' days')::interval, 'Active', 500, u.buildium_unit_id FROM units u;
        INSERT INTO tenants (buildium_tenant_id, first_name, last_name, email, is_active)
            SELECT l.buildium_lease_id, 'Tenant', 'Number ' || l.buildium_lease_id, 'tenant' || l.buildium_lease_id || '@example.com', true FROM "Lease" l;
        INSERT INTO lease_tenants (lease_id, tenant_id, status, move_in_date, is_primary)
            SELECT l.id, t.id, 'Current', current_date - 300, true FROM "Lease" l JOIN tenants t ON t.buildium_tenant_id = l.buildium_lease_id;
        INSERT INTO lease_rents (lease_id, buildium_rent_id, rent_cycle, start_date, total_amount)
            SELECT l.id, l.buildium_lease_id, 'Monthly', current_date - 300, 1200 FROM "Lease" l;
        INSERT INTO lease_rent_charges (lease_rent_id, buildium_charge_id, gl_account_id, amount, memo, due_on_day_of_the_month)
            SELECT r.id, r.buildium_rent_id, (SELECT id FROM gl_accounts WHERE buildium_gl_account_id = 1), 1200, 'Rent', 1 FROM lease_rents r;
        INSERT INTO lease_transactions (lease_id, buildium_transaction_id, transaction_type, date, total_amount, memo)
            SELECT l.id, l.buildium_lease_id, 'Charge', current_date - 20, 1200, 'Rent' FROM "Lease" l;
        INSERT INTO lease_balances (lease_id, total_balance, balance_0_30, balance_31_60, balance_61_90, balance_over_90, as_of)
            SELECT l.id, 1200, 1200, 0, 0, 0, now() FROM "Lease" l;
        INSERT INTO vendors (buildium_vendor_id, name, category_id, email, is_active, tax_id) SELECT g, 'Vendor ' || g, g, 'vendor' || g || '@example.com', true, '98-76' || lpad(g::text, 5, '0') FROM generate_series(1, 150) g;
        INSERT INTO bills (buildium_bill_id, vendor_id, property_id, date, due_date, amount, description, category_id, status)
            SELECT v.buildium_vendor_id, v.id, p.id, current_date - 40, current_date - 10, 99.50, 'Bill ' || v.buildium_vendor_id, v.buildium_vendor_id, 'Unpaid'
            FROM vendors v JOIN properties p ON p.buildium_property_id = v.buildium_vendor_id;
        INSERT INTO bill_payments (buildium_payment_id, bill_id, bank_account_id, amount, date) SELECT b.buildium_bill_id, b.id, (SELECT id FROM bank_accounts WHERE buildium_bank_id = 1), 10, current_date - 5 FROM bills b;
        INSERT INTO tasks (buildium_task_id, property_id, unit_id, subject, priority, status, assigned_to, category)
            SELECT u.buildium_unit_id, u.property_id, u.id, 'Task ' || u.buildium_unit_id, 'High', 'New', 'Alex', 'Task category 1' FROM units u;
        INSERT INTO task_history (buildium_history_id, task_id, status, notes) SELECT t.buildium_task_id, t.id, 'New', 'Opened' FROM tasks t;
        INSERT INTO work_orders (buildium_work_order_id, property_id, unit_id, subject, priority, status, assigned_to)
            SELECT u.buildium_unit_id, u.property_id, u.id, 'Work order ' || u.buildium_unit_id, 'Normal', 'New', 'Sam' FROM units u;
        INSERT INTO work_order_links (work_order_id, vendor_id, task_id)
            SELECT w.id, v.id, t.id FROM work_orders w JOIN vendors v ON v.buildium_vendor_id = w.buildium_work_order_id JOIN tasks t ON t.buildium_task_id = w.buildium_work_order_id;
        INSERT INTO buildium_api_log (endpoint, method, request_data, response_status, response_data, duration_ms)
            SELECT '/v1/rentals/' || g, 'GET', jsonb_build_object(), 200, jsonb_build_object('Id', g), g FROM generate_series(1, 150) g;
        INSERT INTO buildium_webhook_events (event_id, event_type, event_data, processed, retry_count, max_retries)
            SELECT 'evt-' || g, 'Rental.Updated', jsonb_build_object('PropertyId', g), true, 0, 5 FROM generate_series(1, 150) g;
        INSERT INTO sync_runs (id, trigger, mode, started_at, finished_at, status, api_calls, counts)
            SELECT gen_random_uuid(), 'schedule', 'incremental', now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval + interval '2 seconds', 'succeeded', 16, jsonb_build_object() FROM generate_series(1, 150) g;
        """;
}
