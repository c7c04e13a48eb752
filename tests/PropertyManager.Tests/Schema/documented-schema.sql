-- A database built by hand from the shared spec database-schema.md: the 23 documented tables with
-- exactly the documented columns and types, primary keys, documented NOT NULLs, every index named in the
-- "Indexes" section, and foreign keys for the documented relationships whose columns line up by type.
-- No RLS, no triggers, no other constraints. Used to exercise `migrate --baseline`.
-- Run on an empty PostgreSQL 15 database: psql -v ON_ERROR_STOP=1 -f documented-schema.sql

-- Core tables

CREATE TABLE properties (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    name VARCHAR(127),
    structure_description TEXT,
    address_line1 VARCHAR(100),
    address_line2 VARCHAR(100),
    address_line3 VARCHAR(100),
    city VARCHAR(100),
    state VARCHAR(100),
    postal_code VARCHAR(20),
    country VARCHAR(100),
    buildium_property_id INTEGER,
    rental_sub_type VARCHAR(50),
    rental_owner_ids INTEGER[],
    operating_bank_account_id UUID,
    reserve NUMERIC,
    year_built INTEGER,
    status VARCHAR(20),
    total_units INTEGER,
    property_type VARCHAR(100),
    square_footage INTEGER,
    bedrooms INTEGER,
    bathrooms DECIMAL(3,1),
    is_active BOOLEAN,
    buildium_created_at TIMESTAMP WITH TIME ZONE,
    buildium_updated_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE units (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    property_id UUID,
    unit_number VARCHAR(30),
    unit_size INTEGER,
    market_rent NUMERIC,
    address_line1 VARCHAR(100),
    address_line2 VARCHAR(100),
    address_line3 VARCHAR(100),
    city VARCHAR(100),
    state VARCHAR(100),
    postal_code VARCHAR(20),
    country VARCHAR(100),
    unit_bedrooms VARCHAR(20),
    unit_bathrooms VARCHAR(20),
    description TEXT,
    buildium_unit_id INTEGER,
    unit_type VARCHAR(50),
    square_footage INTEGER,
    is_active BOOLEAN,
    buildium_created_at TIMESTAMP WITH TIME ZONE,
    buildium_updated_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE owners (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    first_name VARCHAR(127),
    last_name VARCHAR(127),
    is_company BOOLEAN,
    company_name VARCHAR(127),
    date_of_birth DATE,
    management_agreement_start_date DATE,
    management_agreement_end_date DATE,
    email VARCHAR(255),
    alternate_email VARCHAR(255),
    phone_home VARCHAR(20),
    phone_work VARCHAR(20),
    phone_mobile VARCHAR(20),
    phone_fax VARCHAR(20),
    address_line1 VARCHAR(100),
    address_line2 VARCHAR(100),
    address_line3 VARCHAR(100),
    city VARCHAR(100),
    state VARCHAR(100),
    postal_code VARCHAR(20),
    country VARCHAR(100),
    comment TEXT,
    tax_payer_id VARCHAR(255),
    tax_payer_type VARCHAR(10),
    tax_payer_name1 VARCHAR(40),
    tax_payer_name2 VARCHAR(40),
    tax_address_line1 VARCHAR(100),
    tax_address_line2 VARCHAR(100),
    tax_address_line3 VARCHAR(100),
    tax_city VARCHAR(100),
    tax_state VARCHAR(100),
    tax_postal_code VARCHAR(20),
    tax_country VARCHAR(100),
    last_contacted TIMESTAMP WITH TIME ZONE,
    buildium_owner_id INTEGER,
    tax_id VARCHAR(255),
    is_active BOOLEAN,
    buildium_created_at TIMESTAMP WITH TIME ZONE,
    buildium_updated_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE ownership (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    "primary" BOOLEAN,
    ownership_percentage NUMERIC,
    disbursement_percentage NUMERIC,
    owner_name VARCHAR(255),
    owner_id UUID,
    property_id UUID,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE "Lease" (
    id BIGSERIAL PRIMARY KEY,
    "propertyId" UUID,
    "unitId" UUID,
    "startDate" TIMESTAMP WITHOUT TIME ZONE,
    "endDate" TIMESTAMP WITHOUT TIME ZONE,
    status VARCHAR(20),
    "depositAmt" NUMERIC,
    notes TEXT,
    buildium_lease_id INTEGER,
    "createdAt" TIMESTAMP WITHOUT TIME ZONE DEFAULT now(),
    "updatedAt" TIMESTAMP WITHOUT TIME ZONE DEFAULT now()
);

CREATE TABLE bank_accounts (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    buildium_bank_id INTEGER NOT NULL,
    name VARCHAR(255) NOT NULL,
    description TEXT,
    bank_account_type VARCHAR(20),
    account_number VARCHAR(255),
    routing_number VARCHAR(255),
    is_active BOOLEAN,
    balance NUMERIC(15,2),
    buildium_balance NUMERIC(15,2),
    gl_account UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

-- Financial tables

CREATE TABLE vendors (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    buildium_vendor_id INTEGER,
    name VARCHAR(255),
    category_id INTEGER,
    contact_name VARCHAR(255),
    email VARCHAR(255),
    phone_number VARCHAR(50),
    address_line1 VARCHAR(255),
    address_line2 VARCHAR(255),
    city VARCHAR(100),
    state VARCHAR(100),
    postal_code VARCHAR(20),
    country VARCHAR(100),
    tax_id VARCHAR(255),
    notes TEXT,
    is_active BOOLEAN,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE bills (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    buildium_bill_id INTEGER,
    vendor_id UUID,
    property_id UUID,
    unit_id UUID,
    date DATE,
    due_date DATE,
    amount DECIMAL(10,2),
    description TEXT,
    reference_number VARCHAR(255),
    category_id INTEGER,
    is_recurring BOOLEAN,
    recurring_schedule JSONB,
    status VARCHAR(20),
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE bill_payments (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    buildium_payment_id INTEGER,
    bill_id UUID,
    bank_account_id UUID,
    amount DECIMAL(10,2),
    date DATE,
    reference_number VARCHAR(255),
    memo TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE gl_accounts (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    buildium_gl_account_id INTEGER NOT NULL,
    account_number VARCHAR(50),
    name VARCHAR(255) NOT NULL,
    description TEXT,
    type VARCHAR(50) NOT NULL,
    sub_type VARCHAR(50),
    is_default_gl_account BOOLEAN,
    default_account_name VARCHAR(255),
    is_contra_account BOOLEAN,
    is_bank_account BOOLEAN,
    cash_flow_classification VARCHAR(50),
    exclude_from_cash_balances BOOLEAN,
    is_active BOOLEAN,
    buildium_parent_gl_account_id INTEGER,
    is_credit_card_account BOOLEAN,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE vendor_categories (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    buildium_category_id INTEGER,
    name VARCHAR(255),
    description TEXT,
    is_active BOOLEAN,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE bill_categories (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    buildium_category_id INTEGER,
    name VARCHAR(255),
    description TEXT,
    is_active BOOLEAN,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

-- Maintenance tables

CREATE TABLE tasks (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    buildium_task_id INTEGER,
    property_id UUID,
    unit_id UUID,
    subject VARCHAR(255),
    description TEXT,
    priority VARCHAR(20),
    status VARCHAR(20),
    assigned_to VARCHAR(255),
    estimated_cost DECIMAL(10,2),
    actual_cost DECIMAL(10,2),
    scheduled_date TIMESTAMP WITH TIME ZONE,
    completed_date TIMESTAMP WITH TIME ZONE,
    category VARCHAR(100),
    notes TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE work_orders (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    buildium_work_order_id INTEGER,
    property_id UUID,
    unit_id UUID,
    subject VARCHAR(255),
    description TEXT,
    priority VARCHAR(20),
    status VARCHAR(20),
    assigned_to VARCHAR(255),
    estimated_cost DECIMAL(10,2),
    actual_cost DECIMAL(10,2),
    scheduled_date TIMESTAMP WITH TIME ZONE,
    completed_date TIMESTAMP WITH TIME ZONE,
    category VARCHAR(100),
    notes TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE task_categories (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    buildium_category_id INTEGER,
    name VARCHAR(255),
    description TEXT,
    color VARCHAR(7),
    is_active BOOLEAN,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE task_history (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    buildium_history_id INTEGER,
    task_id UUID,
    status VARCHAR(20),
    notes TEXT,
    completed_date TIMESTAMP WITH TIME ZONE,
    assigned_to VARCHAR(255),
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE task_history_files (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    buildium_file_id INTEGER,
    task_history_id UUID,
    file_name VARCHAR(255),
    file_type VARCHAR(100),
    file_size INTEGER,
    file_url TEXT,
    description TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

-- Integration tables

CREATE TABLE buildium_sync_status (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    entity_type VARCHAR(50),
    entity_id UUID,
    buildium_id INTEGER,
    last_synced_at TIMESTAMP WITH TIME ZONE,
    sync_status VARCHAR(20),
    error_message TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE buildium_api_cache (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    endpoint VARCHAR(255),
    parameters JSONB,
    response_data JSONB,
    expires_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE buildium_webhook_events (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    event_id VARCHAR(255),
    event_type VARCHAR(100),
    event_data JSONB,
    processed BOOLEAN,
    processed_at TIMESTAMP WITH TIME ZONE,
    error_message TEXT,
    retry_count INTEGER,
    max_retries INTEGER,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE buildium_api_log (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    endpoint VARCHAR(255),
    method VARCHAR(10),
    request_data JSONB,
    response_status INTEGER,
    response_data JSONB,
    error_message TEXT,
    duration_ms INTEGER,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

-- Cache tables

CREATE TABLE owners_list_cache (
    owner_id UUID PRIMARY KEY,
    contact_id BIGINT,
    display_name TEXT,
    primary_email TEXT,
    primary_phone TEXT,
    management_agreement_start_date DATE,
    management_agreement_end_date DATE,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE property_ownerships_cache (
    ownership_id UUID PRIMARY KEY,
    property_id UUID,
    owner_id UUID,
    contact_id BIGINT,
    display_name TEXT,
    primary_email TEXT,
    "primary" BOOLEAN,
    ownership_percentage NUMERIC(5,2),
    disbursement_percentage NUMERIC(5,2),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

-- Indexes (documented names)

CREATE INDEX properties_name_idx ON properties (name);
CREATE INDEX units_property_id_idx ON units (property_id);
CREATE UNIQUE INDEX units_property_id_unit_number_key ON units (property_id, unit_number);
CREATE INDEX owners_last_name_first_name_idx ON owners (last_name, first_name);
CREATE INDEX ownership_owner_id_idx ON ownership (owner_id);
CREATE INDEX ownership_property_id_idx ON ownership (property_id);
CREATE UNIQUE INDEX ownership_owner_id_property_id_key ON ownership (owner_id, property_id);
CREATE INDEX idx_vendors_name ON vendors (name);
CREATE INDEX idx_vendors_category ON vendors (category_id);
CREATE INDEX idx_vendors_active ON vendors (is_active);
CREATE INDEX idx_bills_vendor ON bills (vendor_id);
CREATE INDEX idx_bills_property ON bills (property_id);
CREATE INDEX idx_bills_unit ON bills (unit_id);
CREATE INDEX idx_bills_date ON bills (date);
CREATE INDEX idx_bills_status ON bills (status);
CREATE INDEX idx_bill_payments_bill ON bill_payments (bill_id);
CREATE INDEX idx_bill_payments_bank ON bill_payments (bank_account_id);
CREATE INDEX idx_tasks_property ON tasks (property_id);
CREATE INDEX idx_tasks_unit ON tasks (unit_id);
CREATE INDEX idx_tasks_status ON tasks (status);
CREATE INDEX idx_tasks_priority ON tasks (priority);
CREATE INDEX idx_tasks_assigned ON tasks (assigned_to);
CREATE INDEX idx_work_orders_property ON work_orders (property_id);
CREATE INDEX idx_work_orders_unit ON work_orders (unit_id);
CREATE INDEX idx_work_orders_status ON work_orders (status);
CREATE INDEX idx_buildium_sync_entity ON buildium_sync_status (entity_type, entity_id);
CREATE INDEX idx_buildium_sync_status ON buildium_sync_status (sync_status);
CREATE INDEX idx_buildium_cache_endpoint ON buildium_api_cache (endpoint);
CREATE INDEX idx_buildium_cache_expires ON buildium_api_cache (expires_at);
CREATE INDEX idx_webhook_events_type ON buildium_webhook_events (event_type);
CREATE INDEX idx_webhook_events_processed ON buildium_webhook_events (processed);

-- Foreign keys (documented relationships that line up by type)

ALTER TABLE units ADD CONSTRAINT fk_units_property_id FOREIGN KEY (property_id) REFERENCES properties (id);
ALTER TABLE ownership ADD CONSTRAINT fk_ownership_owner_id FOREIGN KEY (owner_id) REFERENCES owners (id);
ALTER TABLE ownership ADD CONSTRAINT fk_ownership_property_id FOREIGN KEY (property_id) REFERENCES properties (id);
ALTER TABLE "Lease" ADD CONSTRAINT fk_lease_property_id FOREIGN KEY ("propertyId") REFERENCES properties (id);
ALTER TABLE "Lease" ADD CONSTRAINT fk_lease_unit_id FOREIGN KEY ("unitId") REFERENCES units (id);
ALTER TABLE bank_accounts ADD CONSTRAINT fk_bank_accounts_gl_account FOREIGN KEY (gl_account) REFERENCES gl_accounts (id);
ALTER TABLE bills ADD CONSTRAINT fk_bills_vendor_id FOREIGN KEY (vendor_id) REFERENCES vendors (id);
ALTER TABLE bills ADD CONSTRAINT fk_bills_property_id FOREIGN KEY (property_id) REFERENCES properties (id);
ALTER TABLE bills ADD CONSTRAINT fk_bills_unit_id FOREIGN KEY (unit_id) REFERENCES units (id);
ALTER TABLE bill_payments ADD CONSTRAINT fk_bill_payments_bill_id FOREIGN KEY (bill_id) REFERENCES bills (id);
ALTER TABLE bill_payments ADD CONSTRAINT fk_bill_payments_bank_account_id FOREIGN KEY (bank_account_id) REFERENCES bank_accounts (id);
ALTER TABLE tasks ADD CONSTRAINT fk_tasks_property_id FOREIGN KEY (property_id) REFERENCES properties (id);
ALTER TABLE tasks ADD CONSTRAINT fk_tasks_unit_id FOREIGN KEY (unit_id) REFERENCES units (id);
ALTER TABLE work_orders ADD CONSTRAINT fk_work_orders_property_id FOREIGN KEY (property_id) REFERENCES properties (id);
ALTER TABLE work_orders ADD CONSTRAINT fk_work_orders_unit_id FOREIGN KEY (unit_id) REFERENCES units (id);
ALTER TABLE task_history ADD CONSTRAINT fk_task_history_task_id FOREIGN KEY (task_id) REFERENCES tasks (id);
ALTER TABLE task_history_files ADD CONSTRAINT fk_task_history_files_task_history_id FOREIGN KEY (task_history_id) REFERENCES task_history (id);
