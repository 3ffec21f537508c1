-- 0002_desktop_extensions.sql — what a desktop box office needs that the data model lacks.
-- Every block says why. Grants to the group roles are in 0003 (the roles are created there);
-- every SECURITY DEFINER function below has EXECUTE revoked from PUBLIC right where it is created,
-- so there is no moment at which anyone could call it.
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.

SET LOCAL search_path = public;

-- =============================================================================================
-- Staff accounts
-- =============================================================================================

-- Staff log in to PostgreSQL as their own login role (member of a tribina_* group role); the
-- data model only knows web users (users, linked to Drupal). Each staff member gets a users row
-- (drupal_user_id = 'staff:' || login, email = login || '@staff.tribina.invalid') so every
-- "who did it" foreign key (created_by, processed_by, cancelled_by, ...) can point at staff, and
-- this table maps the database login to that row.
CREATE TABLE staff_accounts (
    user_id     uuid PRIMARY KEY REFERENCES users (id),
    login_role  text UNIQUE NOT NULL,
    full_name   varchar(255) NOT NULL,
    group_role  text NOT NULL CHECK (group_role IN ('tribina_admin', 'tribina_box_office',
                                                    'tribina_petrol', 'tribina_support',
                                                    'tribina_reporting')),
    is_active   boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Who is working: the staff member behind the connection. session_user, not current_user:
-- inside a SECURITY DEFINER function current_user is the function's owner.
CREATE FUNCTION current_staff_user_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT user_id FROM staff_accounts WHERE login_role = session_user
$$;
REVOKE ALL ON FUNCTION current_staff_user_id() FROM PUBLIC;

-- Adds a staff member: creates the login role (or, when it exists already — roles are
-- cluster-wide and several Tribina databases may share a cluster — resets its password), grants
-- the group, lets it connect to this database, and upserts its users and staff_accounts rows.
-- Callable by tribina_admin only (0003). It runs with the migration owner's rights (CREATEROLE),
-- so it refuses to touch any existing role that is more than a plain staff login: otherwise an
-- admin could reset the password of a superuser or of the database owner.
-- p_password may be clear text or a pre-hashed 'SCRAM-SHA-256$...' verifier (CREATE ROLE accepts
-- both; a verifier keeps the clear text out of server logs).
CREATE FUNCTION staff_add(p_login text, p_full_name text, p_group text, p_password text)
    RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    groups constant text[] := ARRAY['tribina_admin', 'tribina_box_office', 'tribina_petrol',
                                    'tribina_support', 'tribina_reporting'];
    existing  pg_roles%ROWTYPE;
    v_user_id uuid;
BEGIN
    IF p_group IS NULL OR NOT (p_group = ANY (groups)) THEN
        RAISE EXCEPTION 'unknown staff group "%"', p_group
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use one of: ' || array_to_string(groups, ', ') || '.';
    END IF;
    IF p_login IS NULL OR p_login !~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$'
       OR p_login ~* '^pg_' OR p_login = ANY (groups) THEN
        RAISE EXCEPTION 'invalid staff login "%"', p_login
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'A login is 1 to 63 letters, digits, "_", "." or "-", starting with a letter or digit.';
    END IF;
    IF p_full_name IS NULL OR btrim(p_full_name) = '' THEN
        RAISE EXCEPTION 'a staff member needs a name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_password IS NULL OR p_password = '' THEN
        RAISE EXCEPTION 'a staff member needs a password' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_group) THEN
        RAISE EXCEPTION 'group role "%" does not exist; apply all migrations first', p_group
            USING ERRCODE = 'undefined_object';
    END IF;

    SELECT * INTO existing FROM pg_roles WHERE rolname = p_login;
    IF FOUND THEN
        IF existing.rolsuper OR existing.rolcreaterole OR existing.rolcreatedb
           OR existing.rolreplication OR existing.rolbypassrls OR NOT existing.rolcanlogin
           -- owns anything anywhere in the cluster (a database, tables, ...)
           OR EXISTS (SELECT 1 FROM pg_shdepend
                      WHERE refclassid = 'pg_authid'::regclass AND refobjid = existing.oid
                        AND deptype = 'o')
           -- belongs to any role other than the Tribina groups
           OR EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                      WHERE m.member = existing.oid AND NOT (g.rolname = ANY (groups))) THEN
            RAISE EXCEPTION 'role "%" exists and is not a plain staff login; it cannot become staff', p_login
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
    ELSE
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            -- created concurrently (another database of the cluster): it is a fresh plain login
            EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
        END;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members m
                   WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = p_group)
                     AND m.member = (SELECT oid FROM pg_roles WHERE rolname = p_login)) THEN
        EXECUTE format('GRANT %I TO %I', p_group, p_login);
    END IF;
    -- 0003 revokes CONNECT from PUBLIC: group roles are cluster-wide, so without this a clerk of
    -- one Tribina database would hold the same rights in every other one of the cluster.
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), p_login);

    INSERT INTO users (drupal_user_id, email, status)
    VALUES ('staff:' || p_login, p_login || '@staff.tribina.invalid', 'active')
    ON CONFLICT (drupal_user_id) DO UPDATE SET status = 'active', updated_at = now()
    RETURNING id INTO v_user_id;

    INSERT INTO staff_accounts (user_id, login_role, full_name, group_role)
    VALUES (v_user_id, p_login, btrim(p_full_name), p_group)
    ON CONFLICT (user_id) DO UPDATE
        SET full_name = EXCLUDED.full_name, group_role = EXCLUDED.group_role, is_active = true;

    RETURN v_user_id;
END
$$;
REVOKE ALL ON FUNCTION staff_add(text, text, text, text) FROM PUBLIC;

-- =============================================================================================
-- Seat-map geometry
-- =============================================================================================

-- The model stores seats as row/number labels only; the seat map, the layout editor, the snake
-- allocator and exports need positions. One coordinate system (ARCHITECTURE.md, "Coordinates"):
-- metres, origin at the centre spot, x along the pitch, y across it, main stand on positive y.
-- outline: the sector polygon as a JSON array of [x, y] points; label_x/label_y: where its name
-- is drawn; sort_order: order in lists and in the editor.
ALTER TABLE sectors
    ADD COLUMN outline jsonb CONSTRAINT sectors_outline_is_array
        CHECK (outline IS NULL OR jsonb_typeof(outline) = 'array'),
    ADD COLUMN label_x double precision,
    ADD COLUMN label_y double precision,
    ADD COLUMN sort_order integer NOT NULL DEFAULT 0;

-- Per seat: its centre (pos_x, pos_y), the angle of its row in degrees, its row index in the
-- sector (0 = front row) and its position in the row (0-based, from the left as seen from the
-- pitch). The labels (row_identifier, seat_number) stay what is printed on the ticket.
ALTER TABLE seats
    ADD COLUMN pos_x double precision NOT NULL DEFAULT 0,
    ADD COLUMN pos_y double precision NOT NULL DEFAULT 0,
    ADD COLUMN angle_deg real NOT NULL DEFAULT 0,
    ADD COLUMN row_order integer NOT NULL DEFAULT 0 CONSTRAINT seats_row_order_check CHECK (row_order >= 0),
    ADD COLUMN seat_index integer NOT NULL DEFAULT 0 CONSTRAINT seats_seat_index_check CHECK (seat_index >= 0);

-- =============================================================================================
-- Holds with expiry
-- =============================================================================================

-- The web keeps carts in Redis; a counter holds the seats it picked in the database instead:
-- status 'RESERVED' with the holder, an expiry, and a token the sale must present. A hold whose
-- held_until has passed counts as available again. The partial index finds a match's holds
-- (expired ones to sweep, live ones to show) without touching sold seats.
ALTER TABLE match_seat_inventory
    ADD COLUMN held_by uuid REFERENCES users (id),
    ADD COLUMN held_until timestamptz,
    ADD COLUMN hold_token uuid;
CREATE INDEX idx_match_seat_inv_holds ON match_seat_inventory (match_id, held_until)
    WHERE status = 'RESERVED';

-- =============================================================================================
-- Live updates: change numbers and NOTIFY
-- =============================================================================================

-- Every client keeps a local cache and fetches only what changed. Triggers stamp each written row
-- with a number from one sequence and announce the match on channel tribina_changes; a client
-- then asks for rows of that match with change_no above what it has seen (with an overlap window:
-- sequence values commit out of order). The payload is the match id only, so PostgreSQL folds
-- the notifications of a 100,000-row update into one per match and transaction.
CREATE SEQUENCE change_seq AS bigint;

ALTER TABLE matches              ADD COLUMN change_no bigint NOT NULL DEFAULT 0;
ALTER TABLE match_sectors        ADD COLUMN change_no bigint NOT NULL DEFAULT 0;
ALTER TABLE price_categories     ADD COLUMN change_no bigint NOT NULL DEFAULT 0;
ALTER TABLE sales_phases         ADD COLUMN change_no bigint NOT NULL DEFAULT 0;
ALTER TABLE match_seat_inventory ADD COLUMN change_no bigint NOT NULL DEFAULT 0;
ALTER TABLE quotas               ADD COLUMN change_no bigint NOT NULL DEFAULT 0;
ALTER TABLE quota_seats          ADD COLUMN change_no bigint NOT NULL DEFAULT 0;
CREATE INDEX idx_match_seat_inv_change ON match_seat_inventory (match_id, change_no);

-- SECURITY DEFINER so that writers need no rights on change_seq (nobody can draw numbers
-- outside a row write).
CREATE FUNCTION stamp_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    NEW.change_no := nextval('public.change_seq');
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION stamp_change() FROM PUBLIC;

-- Also fires on DELETE (layout and price tables can be deleted by admins) so clients learn that
-- something of the match changed; deletions do not leave a change_no behind, a client that sees a
-- notification for a match re-reads those small tables in full. SECURITY DEFINER: quota_seats
-- finds its match through quotas, which the writer need not be able to read.
CREATE FUNCTION notify_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_match uuid;
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF TG_TABLE_NAME = 'matches' THEN
            v_match := OLD.id;
        ELSIF TG_TABLE_NAME = 'quota_seats' THEN
            SELECT match_id INTO v_match FROM quotas WHERE id = OLD.quota_id;
        ELSE
            v_match := OLD.match_id;
        END IF;
    ELSE
        IF TG_TABLE_NAME = 'matches' THEN
            v_match := NEW.id;
        ELSIF TG_TABLE_NAME = 'quota_seats' THEN
            SELECT match_id INTO v_match FROM quotas WHERE id = NEW.quota_id;
        ELSE
            v_match := NEW.match_id;
        END IF;
    END IF;
    IF v_match IS NOT NULL THEN
        PERFORM pg_notify('tribina_changes', v_match::text);
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION notify_change() FROM PUBLIC;

CREATE TRIGGER stamp_change BEFORE INSERT OR UPDATE ON matches
    FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER stamp_change BEFORE INSERT OR UPDATE ON match_sectors
    FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER stamp_change BEFORE INSERT OR UPDATE ON price_categories
    FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER stamp_change BEFORE INSERT OR UPDATE ON sales_phases
    FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER stamp_change BEFORE INSERT OR UPDATE ON match_seat_inventory
    FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER stamp_change BEFORE INSERT OR UPDATE ON quotas
    FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER stamp_change BEFORE INSERT OR UPDATE ON quota_seats
    FOR EACH ROW EXECUTE FUNCTION stamp_change();

CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON matches
    FOR EACH ROW EXECUTE FUNCTION notify_change();
CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON match_sectors
    FOR EACH ROW EXECUTE FUNCTION notify_change();
CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON price_categories
    FOR EACH ROW EXECUTE FUNCTION notify_change();
CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON sales_phases
    FOR EACH ROW EXECUTE FUNCTION notify_change();
CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON match_seat_inventory
    FOR EACH ROW EXECUTE FUNCTION notify_change();
CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON quotas
    FOR EACH ROW EXECUTE FUNCTION notify_change();
CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON quota_seats
    FOR EACH ROW EXECUTE FUNCTION notify_change();

-- =============================================================================================
-- Idempotency
-- =============================================================================================

-- A desktop client retries after a dropped connection without knowing whether its transaction
-- committed. Every sale, redemption and print carries a client-generated key; the first
-- transaction stores its result here, a retry finds the key and returns that result instead of
-- doing the work twice. Orders and payments carry the key as well, with a unique constraint, so
-- even a buggy retry path cannot create a second order or payment.
CREATE TABLE idempotency_keys (
    key            uuid PRIMARY KEY,
    operation      text NOT NULL,
    staff_user_id  uuid REFERENCES users (id),
    result         jsonb,
    created_at     timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE orders   ADD COLUMN idempotency_key uuid CONSTRAINT orders_idempotency_key_key UNIQUE;
ALTER TABLE payments ADD COLUMN idempotency_key uuid CONSTRAINT payments_idempotency_key_key UNIQUE;

-- The model's payments are Stripe payments; a counter takes cash or a card on its own terminal.
-- method is NULL for web (Stripe) payments; terminal_reference is the card terminal's receipt id.
ALTER TABLE payments
    ADD COLUMN method text CONSTRAINT payments_method_check CHECK (method IN ('CASH', 'CARD')),
    ADD COLUMN terminal_reference varchar(255);

-- =============================================================================================
-- Audit outbox
-- =============================================================================================

-- The model keeps 13 audit tables in Grafana Loki (seat_audit_logs, match_audit_logs,
-- transfer_logs, print_logs, blacklist_audit_logs, blacklist_import_batches, violation_logs,
-- blacklist_cancellations, barcode_export_logs, report_export_jobs, ...). A desktop client cannot
-- write to Loki in the same transaction as the change it audits, so each audited action appends
-- an event here, in its own transaction; `tribina-admin audit ship` pushes unshipped events to
-- Loki and stamps shipped_at. audit_type values are the model's Loki audit_type labels plus the
-- desktop's own (sale, refund, quota_change, petrol, login).
CREATE TYPE audit_type AS ENUM (
    'seat_change', 'match_change', 'transfer', 'emergency_print', 'blacklist_change',
    'blacklist_import', 'violation', 'blacklist_cancellation', 'barcode_export',
    'attendance_import', 'report_export', 'sale', 'refund', 'quota_change', 'petrol', 'login');

CREATE TABLE audit_outbox (
    id             bigserial PRIMARY KEY,
    event_id       uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    audit_type     audit_type NOT NULL,
    occurred_at    timestamptz NOT NULL DEFAULT now(),
    actor_login    text NOT NULL DEFAULT session_user,
    actor_user_id  uuid,
    match_id       uuid,
    entity_id      uuid,
    payload        jsonb NOT NULL DEFAULT '{}',
    shipped_at     timestamptz
);
-- The shipper's queue: unshipped events in id order.
CREATE INDEX idx_audit_outbox_unshipped ON audit_outbox (id) WHERE shipped_at IS NULL;

-- The actor is never taken from the client: whoever inserts (directly or through audit_event),
-- the row names the connected login and its staff user, and starts unshipped.
CREATE FUNCTION audit_outbox_stamp() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    NEW.actor_login := session_user;
    NEW.actor_user_id := current_staff_user_id();
    NEW.shipped_at := NULL;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION audit_outbox_stamp() FROM PUBLIC;
CREATE TRIGGER audit_outbox_stamp BEFORE INSERT ON audit_outbox
    FOR EACH ROW EXECUTE FUNCTION audit_outbox_stamp();

-- Append-only: the only change ever allowed is the shipper stamping shipped_at once.
-- (Compares the whole row as JSON minus shipped_at, so columns added later are covered too.)
CREATE FUNCTION audit_outbox_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF OLD.shipped_at IS NULL AND NEW.shipped_at IS NOT NULL
       AND (to_jsonb(NEW) - 'shipped_at') = (to_jsonb(OLD) - 'shipped_at') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit events are append-only; only an unset shipped_at may be set'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
REVOKE ALL ON FUNCTION audit_outbox_guard() FROM PUBLIC;
CREATE TRIGGER audit_outbox_guard BEFORE UPDATE ON audit_outbox
    FOR EACH ROW EXECUTE FUNCTION audit_outbox_guard();

-- The one call every audited action makes. SECURITY DEFINER: groups without INSERT on
-- audit_outbox (reporting) can still record what they did, attributed to themselves.
CREATE FUNCTION audit_event(p_type audit_type, p_match_id uuid, p_entity_id uuid, p_payload jsonb)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_id bigint;
BEGIN
    INSERT INTO audit_outbox (audit_type, actor_login, actor_user_id, match_id, entity_id, payload)
    VALUES (p_type, session_user, current_staff_user_id(), p_match_id, p_entity_id,
            coalesce(p_payload, '{}'::jsonb))
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
REVOKE ALL ON FUNCTION audit_event(audit_type, uuid, uuid, jsonb) FROM PUBLIC;

-- =============================================================================================
-- Immutability
-- =============================================================================================

-- Orders, tickets, holders, payments, refunds and audit events are never deleted; corrections
-- are reversals. 0003 grants no DELETE on them to anyone; these triggers also stop the table
-- owner and superusers (including TRUNCATE, which ignores row triggers). A deliberate purge
-- needs ALTER TABLE ... DISABLE TRIGGER, which is itself visible.
CREATE FUNCTION refuse_delete() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION '% are never deleted; record a reversal instead',
        replace(TG_TABLE_NAME, '_', ' ')
        USING ERRCODE = 'insufficient_privilege';
END
$$;
REVOKE ALL ON FUNCTION refuse_delete() FROM PUBLIC;

CREATE TRIGGER refuse_delete BEFORE DELETE ON orders FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER refuse_delete BEFORE DELETE ON tickets FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER refuse_delete BEFORE DELETE ON ticket_holders FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER refuse_delete BEFORE DELETE ON payments FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER refuse_delete BEFORE DELETE ON refunds FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER refuse_delete BEFORE DELETE ON audit_outbox FOR EACH ROW EXECUTE FUNCTION refuse_delete();

CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON orders FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON tickets FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON ticket_holders FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON payments FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON refunds FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON audit_outbox FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();

-- =============================================================================================
-- Personal data
-- =============================================================================================

-- OIB and passport numbers are stored encrypted (pgcrypto, PGP symmetric) and, for exact
-- look-ups ("tickets of this OIB") without decrypting or listing IDs, as a keyed hash
-- (HMAC-SHA-256). The key lives only here: no role but the owner can read app_secrets, the
-- SECURITY DEFINER functions below use it, and it never reaches a client.
CREATE TABLE app_secrets (
    name    text PRIMARY KEY,
    secret  bytea NOT NULL
);
REVOKE ALL ON TABLE app_secrets FROM PUBLIC;
INSERT INTO app_secrets (name, secret) VALUES ('pii_key', gen_random_bytes(32));

-- Keyed hash of an identifier, normalised (trimmed, upper case) so 'ab123 ' and 'AB123' match.
CREATE FUNCTION pii_hash(p_value text) RETURNS bytea
    LANGUAGE sql STABLE STRICT SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT hmac(convert_to(upper(btrim(p_value)), 'UTF8'), s.secret, 'sha256')
    FROM app_secrets s WHERE s.name = 'pii_key'
$$;
REVOKE ALL ON FUNCTION pii_hash(text) FROM PUBLIC;

-- Encrypts as stored (no normalisation): what was entered is what decrypts.
CREATE FUNCTION pii_encrypt(p_value text) RETURNS bytea
    LANGUAGE sql VOLATILE STRICT SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT pgp_sym_encrypt(p_value, encode(s.secret, 'hex'), 'cipher-algo=aes256')
    FROM app_secrets s WHERE s.name = 'pii_key'
$$;
REVOKE ALL ON FUNCTION pii_encrypt(text) FROM PUBLIC;

-- Reading an ID back is for admin and support only (0003).
CREATE FUNCTION pii_decrypt(p_value bytea) RETURNS text
    LANGUAGE sql STABLE STRICT SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT pgp_sym_decrypt(p_value, encode(s.secret, 'hex'))
    FROM app_secrets s WHERE s.name = 'pii_key'
$$;
REVOKE ALL ON FUNCTION pii_decrypt(bytea) FROM PUBLIC;

-- Look-up columns for ticket holders: pii_hash(oib) and pii_hash(passport number).
ALTER TABLE ticket_holders
    ADD COLUMN oib_hash bytea,
    ADD COLUMN passport_hash bytea;
CREATE INDEX idx_ticket_holders_oib_hash ON ticket_holders (oib_hash) WHERE oib_hash IS NOT NULL;
CREATE INDEX idx_ticket_holders_passport_hash ON ticket_holders (passport_hash) WHERE passport_hash IS NOT NULL;
