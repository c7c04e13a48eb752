using PropertyManager.Data.Security;

namespace PropertyManager.Data.Schema;

/// <summary>
/// Issue #13: the database believes a connection's access only when it carries a token signed with a key the app's
/// role cannot read (<see cref="SessionToken"/>). Schema <c>pm_private</c> holds the key (owner only) and the
/// <c>SECURITY DEFINER</c> function that verifies the token of setting <c>pm.session</c>; the policies call the three
/// small functions over it. Only built-in functions (<c>sha256</c>, <c>gen_random_uuid</c>): no extension to install.
/// </summary>
public static class SessionSecurity
{
    public const string Schema = "pm_private";

    /// <summary>The key table, the HMAC helpers, the verifier and the owner-only signer.</summary>
    public static string UpSql() => $$"""
        CREATE SCHEMA IF NOT EXISTS {{Schema}};
        REVOKE ALL ON SCHEMA {{Schema}} FROM PUBLIC;
        -- Calling the verifier needs the schema; its table stays the owner's (no grant on it, none by default).
        GRANT USAGE ON SCHEMA {{Schema}} TO PUBLIC;

        CREATE TABLE IF NOT EXISTS {{SessionSigningKeys.KeyTable}} (
            id int PRIMARY KEY DEFAULT 1 CHECK (id = 1),
            key bytea NOT NULL CHECK (length(key) = 32),
            inner_pad bytea NOT NULL,
            outer_pad bytea NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now()
        );
        REVOKE ALL ON {{SessionSigningKeys.KeyTable}} FROM PUBLIC;

        -- HMAC's padded keys (RFC 2104, 64-byte blocks), stored with the key so verifying costs two sha256 calls.
        CREATE OR REPLACE FUNCTION {{Schema}}.hmac_pad(key bytea, pad int) RETURNS bytea
        LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = pg_catalog AS $fn$
        DECLARE
            result bytea := '\x'::bytea;
        BEGIN
            FOR i IN 0..63 LOOP
                result := result || set_byte('\x00'::bytea, 0, (CASE WHEN i < length(key) THEN get_byte(key, i) ELSE 0 END) # pad);
            END LOOP;
            RETURN result;
        END $fn$;
        REVOKE ALL ON FUNCTION {{Schema}}.hmac_pad(bytea, int) FROM PUBLIC;

        -- 256 bits from three random (version 4) uuids, which PostgreSQL draws from its strong random source.
        INSERT INTO {{SessionSigningKeys.KeyTable}} (id, key, inner_pad, outer_pad)
        SELECT 1, k, {{Schema}}.hmac_pad(k, 54), {{Schema}}.hmac_pad(k, 92)
        FROM (SELECT sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')) AS k) s
        ON CONFLICT (id) DO NOTHING;

        -- ARRAY[access, user id, can write] of a valid token; 'none' for anything else (no token, bad signature, another
        -- backend's token, expired, unknown access). Runs as the owner, the only role that reads the key.
        CREATE OR REPLACE FUNCTION {{Schema}}.session_claims() RETURNS text[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
        DECLARE
            token text := current_setting('{{DataAccessSession.Setting}}', true);
            parts text[];
            signed text;
            pads record;
            expected bytea;
            nothing constant text[] := ARRAY['none', '', 'false'];
        BEGIN
            IF token IS NULL OR token = '' THEN
                RETURN nothing;
            END IF;
            parts := string_to_array(token, '{{SessionToken.Separator}}');
            IF array_length(parts, 1) <> 7 OR parts[1] <> 'v1' OR parts[5] !~ '^[0-9]{1,10}$' OR parts[6] !~ '^[0-9]{1,12}$'
               OR parts[7] !~ '^[0-9a-f]{64}$' THEN
                RETURN nothing;
            END IF;
            SELECT k.inner_pad, k.outer_pad INTO pads FROM {{SessionSigningKeys.KeyTable}} k WHERE k.id = 1;
            IF NOT FOUND THEN
                RETURN nothing;
            END IF;
            signed := left(token, length(token) - 65);
            expected := sha256(pads.outer_pad || sha256(pads.inner_pad || convert_to(signed, 'UTF8')));
            -- Compared as digests, so the time a comparison takes says nothing about how much of a guess was right.
            IF sha256(expected) <> sha256(decode(parts[7], 'hex')) THEN
                RETURN nothing;
            END IF;
            IF parts[6]::bigint <= extract(epoch FROM clock_timestamp())
               OR (parts[5]::bigint <> pg_backend_pid() AND NOT (parts[5]::bigint = 0 AND parts[2] = 'webhook'))
               OR parts[2] NOT IN ('all', 'scoped', 'webhook', 'accounts')
               OR parts[4] NOT IN ('true', 'false')
               OR (parts[2] = 'scoped' AND parts[3] = '') THEN
                RETURN nothing;
            END IF;
            RETURN parts[2:4];
        END $fn$;

        CREATE OR REPLACE FUNCTION {{Schema}}.session_access() RETURNS text
        LANGUAGE sql STABLE SET search_path = pg_catalog AS $fn$ SELECT ({{Schema}}.session_claims())[1] $fn$;
        CREATE OR REPLACE FUNCTION {{Schema}}.session_user_id() RETURNS text
        LANGUAGE sql STABLE SET search_path = pg_catalog AS $fn$ SELECT nullif(({{Schema}}.session_claims())[2], '') $fn$;
        CREATE OR REPLACE FUNCTION {{Schema}}.session_can_write() RETURNS boolean
        LANGUAGE sql STABLE SET search_path = pg_catalog AS $fn$ SELECT ({{Schema}}.session_claims())[3] = 'true' $fn$;

        -- Signs for the calling backend: the owner's own sessions (migrations that change data once tables are FORCEd).
        CREATE OR REPLACE FUNCTION {{Schema}}.sign_session(access text, user_id text, can_write boolean, lifetime interval) RETURNS text
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
        DECLARE
            signed text := concat_ws('{{SessionToken.Separator}}', 'v1', access, coalesce(user_id, ''), can_write::text, pg_backend_pid()::text,
                floor(extract(epoch FROM clock_timestamp() + lifetime))::bigint::text);
            pads record;
        BEGIN
            SELECT k.inner_pad, k.outer_pad INTO STRICT pads FROM {{SessionSigningKeys.KeyTable}} k WHERE k.id = 1;
            RETURN signed || '{{SessionToken.Separator}}' || encode(sha256(pads.outer_pad || sha256(pads.inner_pad || convert_to(signed, 'UTF8'))), 'hex');
        END $fn$;
        REVOKE ALL ON FUNCTION {{Schema}}.sign_session(text, text, boolean, interval) FROM PUBLIC;
        """;

    /// <summary>The migrating session (the owner) signs itself 'all', so later migrations that change rows still see them.</summary>
    public static string SignMigratingSessionSql() =>
        $"SELECT set_config('{DataAccessSession.Setting}', {Schema}.sign_session('all', '', true, interval '8 hours'), false);";

    /// <summary>The accounts' tables back to no row level security (as before), then the schema and its key.</summary>
    public static string DownSql(string identitySchema) => $$"""
        DO $do$
        DECLARE
            t record;
        BEGIN
            FOR t IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = '{{identitySchema}}' AND c.relkind IN ('r', 'p') LOOP
                EXECUTE format('DROP POLICY IF EXISTS pm_accounts ON %s', t.name);
                EXECUTE format('ALTER TABLE %s NO FORCE ROW LEVEL SECURITY', t.name);
                EXECUTE format('ALTER TABLE %s DISABLE ROW LEVEL SECURITY', t.name);
            END LOOP;
        END $do$;
        DROP SCHEMA IF EXISTS {{Schema}} CASCADE;
        """;

    /// <summary>
    /// Idempotent, after every migration of both histories (the accounts' tables exist only then; run like the
    /// grants): every table of <paramref name="identitySchema"/> but the migrations history is readable and writable
    /// by an 'accounts' session alone, so a user's connection, the sync and the webhook never see a password hash or
    /// the Data Protection key ring; and every table with row level security in either schema is FORCEd, including
    /// ones later migrations add.
    /// </summary>
    public static string IdentitySql(string identitySchema) => $$"""
        DO $do$
        DECLARE
            t record;
        BEGIN
            IF to_regprocedure('{{Schema}}.session_access()') IS NULL THEN
                RETURN;
            END IF;
            FOR t IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = '{{identitySchema}}' AND c.relkind IN ('r', 'p') AND c.relname <> '__EFMigrationsHistory' LOOP
                EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t.name);
                EXECUTE format('DROP POLICY IF EXISTS pm_accounts ON %s', t.name);
                EXECUTE format('CREATE POLICY pm_accounts ON %s FOR ALL USING ((SELECT {{Schema}}.session_access()) = ''accounts'') '
                    'WITH CHECK ((SELECT {{Schema}}.session_access()) = ''accounts'')', t.name);
            END LOOP;
            FOR t IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname IN (current_schema(), '{{identitySchema}}') AND c.relkind IN ('r', 'p')
                       AND c.relrowsecurity AND NOT c.relforcerowsecurity LOOP
                EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t.name);
            END LOOP;
        END $do$;
        """;
}
