-- 0003_roles_and_grants.sql — group roles and least-privilege grants.
--
-- Five NOLOGIN group roles; every staff member is a login role in one or more of them (created
-- by staff_add). Start from nothing (revoke everything from PUBLIC), then grant per group exactly
-- what its screens need. Sensitive operations (PINs, blacklist checks, reading IDs) are later
-- SECURITY DEFINER functions with their own EXECUTE grants, not table grants.
--
-- Roles are cluster-wide and several Tribina databases may share one cluster, so the roles are
-- created only when missing; the grants below are per database.
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.

SET LOCAL search_path = public;

-- =============================================================================================
-- Group roles
-- =============================================================================================
DO $$
DECLARE
    r text;
    existing pg_roles%ROWTYPE;
BEGIN
    FOREACH r IN ARRAY ARRAY['tribina_admin', 'tribina_box_office', 'tribina_petrol',
                             'tribina_support', 'tribina_reporting'] LOOP
        SELECT * INTO existing FROM pg_roles WHERE rolname = r;
        IF NOT FOUND THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- created meanwhile by a migration of another database in the cluster
            END;
        ELSIF existing.rolcanlogin OR existing.rolsuper OR existing.rolcreaterole
              OR existing.rolcreatedb OR existing.rolreplication OR existing.rolbypassrls THEN
            -- Somebody else's role with our name: granting it our privileges would be a leak.
            RAISE EXCEPTION 'role "%" exists but is not a plain NOLOGIN group role', r
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END LOOP;
END
$$;

-- =============================================================================================
-- Start from nothing
-- =============================================================================================
-- Functions are EXECUTE-able by PUBLIC by default, and PUBLIC may connect to any database.
-- Only the five groups get into the schema; only staff logins (staff_add) may connect.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
DO $$
DECLARE
    f regprocedure;
BEGIN
    -- Every function in the schema the migration role may change: ours, and pgcrypto's and
    -- btree_gist's when it is a superuser. (When it is only the database owner, the trusted
    -- extensions' functions belong to the bootstrap superuser and stay callable; without USAGE
    -- on the schema PUBLIC cannot reach them, and they give the groups nothing: the PII key is
    -- readable by no group.)
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
             WHERE p.pronamespace = 'public'::regnamespace
               AND pg_has_role(current_user, p.proowner, 'USAGE') LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
END
$$;
-- Functions later migrations create (as the same migration owner, in this database) start
-- without PUBLIC EXECUTE too: each needs an explicit GRANT, like everything here. (Global form:
-- a per-schema default cannot take away the global PUBLIC EXECUTE.)
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- =============================================================================================
-- Everyone (all five groups): read the stadium, match and price configuration
-- =============================================================================================
GRANT USAGE ON SCHEMA public
    TO tribina_admin, tribina_box_office, tribina_petrol, tribina_support, tribina_reporting;

-- schema_migrations: the client checks the schema version it talks to.
-- staff_accounts: names of staff shown in the UI ("sold by").
-- Layout, matches, phases, prices, inventory, fees: what the seat map and price lists show.
GRANT SELECT ON schema_migrations, staff_accounts,
                stadiums, sectors, sector_seat_maps, row_configurations, seats, sector_snake_configs,
                matches, sales_phases, price_categories, match_sectors, match_seat_inventory,
                fee_configurations
    TO tribina_admin, tribina_box_office, tribina_petrol, tribina_support, tribina_reporting;

-- change_seq: read the current position for the delta-sync watermark (SELECT, not USAGE: only
-- the stamp_change trigger draws numbers).
GRANT SELECT ON SEQUENCE change_seq
    TO tribina_admin, tribina_box_office, tribina_petrol, tribina_support, tribina_reporting;

-- current_staff_user_id: "who am I" for created_by columns; audit_event: every group records
-- what it did (reporting its exports); oib_is_valid: used by CHECK constraints, which run with
-- the writer's rights, and by input validation.
GRANT EXECUTE ON FUNCTION current_staff_user_id(),
                          audit_event(audit_type, uuid, uuid, jsonb),
                          oib_is_valid(text)
    TO tribina_admin, tribina_box_office, tribina_petrol, tribina_support, tribina_reporting;

-- =============================================================================================
-- tribina_admin: configures stadiums, matches, prices, quotas, staff, blacklist
-- =============================================================================================
-- Read and write every table, except:
--   app_secrets        no one but the owner; the PII functions use it.
--   schema_migrations  read only: only the migrator records versions.
GRANT SELECT, INSERT, UPDATE ON
    users, user_profiles, saved_profiles, sessions,
    stadiums, sectors, sector_seat_maps, row_configurations, seats, sector_snake_configs,
    matches, sales_phases, price_categories, match_sectors, match_seat_inventory,
    orders, tickets, ticket_holders,
    quota_import_batches, quotas, subquotas, quota_claim_carts, quota_seats, subquota_seats,
    payments, refunds, fee_configurations, debtors, payment_offers,
    cancellation_requests, support_transfer_requests, blacklist,
    petrol_pins, petrol_deeplinks, petrol_reservations, petrol_sales,
    extra_barcodes, attendance_imports, attendance_unmatched,
    staff_accounts, idempotency_keys, audit_outbox
    TO tribina_admin;
-- DELETE only where deleting is editing a configuration (layouts, phases, prices, fees, extra
-- codes) or dropping a working set (an abandoned claim cart, a seat moved out of a subquota).
-- Never on orders, tickets, ticket_holders, payments, refunds, audit_outbox: those are
-- corrected by reversals (the refuse_delete triggers of 0002 stop even the owner).
GRANT DELETE ON
    stadiums, sectors, sector_seat_maps, row_configurations, seats, sector_snake_configs,
    sales_phases, price_categories, match_sectors, fee_configurations, extra_barcodes,
    quota_claim_carts, subquota_seats
    TO tribina_admin;
-- Sequences: audit_outbox.id (the only serial) and change_seq.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO tribina_admin;
-- Adding staff; decrypting IDs (blacklist and support work).
GRANT EXECUTE ON FUNCTION staff_add(text, text, text, text),
                          pii_hash(text), pii_encrypt(text), pii_decrypt(bytea)
    TO tribina_admin;

-- =============================================================================================
-- tribina_box_office: sells at the counter
-- =============================================================================================
-- Sells: creates orders, tickets, holders, payments; records its idempotency keys.
GRANT SELECT, INSERT ON orders, tickets, ticket_holders, payments, idempotency_keys
    TO tribina_box_office;
-- Cancels and refunds at the counter (a refund is a new row, never an edit).
GRANT SELECT, INSERT ON refunds TO tribina_box_office;
-- Holds and sells seats; moves orders, tickets, payments through their states; corrects a holder.
-- (Later migrations narrow these to status changes through functions.)
GRANT UPDATE ON match_seat_inventory, orders, tickets, ticket_holders, payments
    TO tribina_box_office;
-- Audits its sales directly (audit_event works too).
GRANT INSERT ON audit_outbox TO tribina_box_office;
GRANT USAGE ON SEQUENCE audit_outbox_id_seq TO tribina_box_office;
-- Encrypts and hashes the IDs it enters; cannot decrypt.
GRANT EXECUTE ON FUNCTION pii_hash(text), pii_encrypt(text) TO tribina_box_office;
-- Deliberately nothing on: users (foreign keys need no grant), petrol_pins, petrol_reservations,
-- blacklist (checked through a SECURITY DEFINER function), app_secrets.

-- =============================================================================================
-- tribina_petrol: redeems PINs at petrol stations
-- =============================================================================================
-- Completes a sale like the counter does, plus its petrol_sales record.
GRANT SELECT, INSERT ON orders, tickets, ticket_holders, payments, petrol_sales, idempotency_keys
    TO tribina_petrol;
-- Its own reservations (row-level security below); they are created by a SECURITY DEFINER
-- redemption function, so no INSERT.
GRANT SELECT, UPDATE ON petrol_reservations TO tribina_petrol;
-- Marks the reserved seats sold.
GRANT UPDATE ON match_seat_inventory TO tribina_petrol;
GRANT INSERT ON audit_outbox TO tribina_petrol;
GRANT USAGE ON SEQUENCE audit_outbox_id_seq TO tribina_petrol;
GRANT EXECUTE ON FUNCTION pii_hash(text), pii_encrypt(text) TO tribina_petrol;
-- Deliberately nothing on: petrol_pins (a PIN is redeemed through a function, never listed),
-- blacklist, app_secrets, users.

-- =============================================================================================
-- tribina_support: finds tickets, transfers them, prints emergency tickets
-- =============================================================================================
GRANT SELECT ON orders, tickets, ticket_holders, users, payments TO tribina_support;
GRANT SELECT, INSERT, UPDATE ON support_transfer_requests TO tribina_support;
GRANT INSERT ON audit_outbox TO tribina_support;
GRANT USAGE ON SEQUENCE audit_outbox_id_seq TO tribina_support;
-- Reads a holder's ID to verify identity before an emergency print or transfer.
GRANT EXECUTE ON FUNCTION pii_hash(text), pii_encrypt(text), pii_decrypt(bytea) TO tribina_support;
-- Deliberately nothing on: blacklist, petrol_pins, app_secrets.

-- =============================================================================================
-- tribina_reporting: read only
-- =============================================================================================
-- Every table except: petrol_pins (redeemable codes), blacklist (personal data of banned
-- people), app_secrets (the PII key), idempotency_keys (stored results of other people's
-- operations), sessions (refresh-token hashes: credentials, not business data).
-- No INSERT, UPDATE or DELETE anywhere, not even audit_outbox (it records report exports
-- through audit_event).
GRANT SELECT ON
    schema_migrations, staff_accounts,
    users, user_profiles, saved_profiles,
    stadiums, sectors, sector_seat_maps, row_configurations, seats, sector_snake_configs,
    matches, sales_phases, price_categories, match_sectors, match_seat_inventory,
    orders, tickets, ticket_holders,
    quota_import_batches, quotas, subquotas, quota_claim_carts, quota_seats, subquota_seats,
    payments, refunds, fee_configurations, debtors, payment_offers,
    cancellation_requests, support_transfer_requests,
    petrol_deeplinks, petrol_reservations, petrol_sales,
    extra_barcodes, attendance_imports, attendance_unmatched,
    audit_outbox
    TO tribina_reporting;

-- =============================================================================================
-- Row-level security: a petrol clerk sees and changes only the reservations they made
-- =============================================================================================
-- Policies bind the roles that have table grants; the owner and SECURITY DEFINER functions
-- (owned by it) are not subject to them.
ALTER TABLE petrol_reservations ENABLE ROW LEVEL SECURITY;
CREATE POLICY petrol_reservations_admin ON petrol_reservations
    TO tribina_admin USING (true) WITH CHECK (true);
CREATE POLICY petrol_reservations_reporting ON petrol_reservations
    FOR SELECT TO tribina_reporting USING (true);
CREATE POLICY petrol_reservations_own_select ON petrol_reservations
    FOR SELECT TO tribina_petrol USING (staff_id = current_staff_user_id());
CREATE POLICY petrol_reservations_own_update ON petrol_reservations
    FOR UPDATE TO tribina_petrol
    USING (staff_id = current_staff_user_id())
    WITH CHECK (staff_id = current_staff_user_id());
