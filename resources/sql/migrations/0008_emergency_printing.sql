-- 0008_emergency_printing.sql — emergency printing at the gate (issue 4, "Emergency printing").
--
-- A fan's phone is dead at the gate: support (and box office, admins) find the ticket, check the
-- fan's document and reprint it. Three functions, all SECURITY DEFINER, because the agent may
-- learn only what the screen shows — the holder's name, the last 4 digits of the OIB, whether the
-- holder is banned — never an ID number or a line of the blacklist:
--   emergency_find_tickets   search by barcode (or a scanned QR payload), order number, holder
--                            name, OIB or passport (exact, through the keyed hash), e-mail, phone;
--   emergency_snapshot       the same rows for a whole match, for the workstation's offline cache,
--                            with the searchable IDs as tokens keyed by the workstation's salt;
--   emergency_print_record   counts a print and writes its emergency_print audit event in one
--                            transaction, idempotent on a client key (exactly-once delivery of the
--                            prints made offline).
--
-- Refusals raise SQLSTATEs of their own (class EP), so the client can say why in plain words:
--   EP001 no such ticket                EP006 no reason given
--   EP003 ticket not SOLD (DETAIL: its status)   EP007 identity not verified
--   EP004 match closed or cancelled     EP008 document type not IDENTITY_CARD / PASSPORT
--   EP005 holder is blacklisted         EP009 no print location
--   EP010 no idempotency key            EP011 key already used for another ticket
--   EP012 unknown search kind / empty search term
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.

SET LOCAL search_path = public;

-- =============================================================================================
-- The print log
-- =============================================================================================

-- One row per emergency print; print_number counts the emergency prints of a ticket (1 = the
-- first reprint). Append-only like the audit outbox; no grants: written and read only through
-- the functions below. printed_at is when the paper came out (the workstation's clock for a
-- print made offline), recorded_at when the server learnt of it.
CREATE TABLE emergency_prints (
    id               bigserial PRIMARY KEY,
    idempotency_key  uuid NOT NULL CONSTRAINT emergency_prints_key_unique UNIQUE,
    ticket_id        uuid NOT NULL REFERENCES tickets (id),
    match_id         uuid NOT NULL REFERENCES matches (id),
    print_number     integer NOT NULL CHECK (print_number >= 1),
    staff_login      text NOT NULL,
    staff_user_id    uuid REFERENCES users (id),
    reason           text NOT NULL CHECK (btrim(reason) <> ''),
    identity_verified boolean NOT NULL CHECK (identity_verified),
    document_type    text NOT NULL CHECK (document_type IN ('IDENTITY_CARD', 'PASSPORT')),
    location         text NOT NULL CHECK (btrim(location) <> ''),
    printed_at       timestamptz NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    offline          boolean NOT NULL DEFAULT false,
    -- What the server found wrong when an offline print arrived (the paper is out; the print is
    -- recorded, not refused, so nothing is lost — and the audit event says so).
    conflicts        text[] NOT NULL DEFAULT '{}',
    audit_id         bigint NOT NULL,
    CONSTRAINT emergency_prints_number_unique UNIQUE (ticket_id, print_number)
);
REVOKE ALL ON TABLE emergency_prints FROM PUBLIC;
CREATE TRIGGER refuse_delete BEFORE DELETE ON emergency_prints
    FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON emergency_prints
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
CREATE FUNCTION emergency_prints_immutable() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION 'emergency prints are append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
REVOKE ALL ON FUNCTION emergency_prints_immutable() FROM PUBLIC;
CREATE TRIGGER emergency_prints_immutable BEFORE UPDATE ON emergency_prints
    FOR EACH ROW EXECUTE FUNCTION emergency_prints_immutable();

-- =============================================================================================
-- Helpers (no grants: used inside the functions below)
-- =============================================================================================

-- Names compared without case and without diacritics: "cacic" finds "Čačić".
CREATE FUNCTION emergency_fold(p_text text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT lower(translate(p_text,
        'ČĆĐŠŽčćđšžÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿÑñ',
        'CCDSZccdszAAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuYyyNn'))
$$;
REVOKE ALL ON FUNCTION emergency_fold(text) FROM PUBLIC;

-- A phone number as digits in international form: "+385 91 234 5678", "00385912345678" and
-- "091 234 5678" are all 385912345678 (a leading single 0 is taken as Croatian).
CREATE FUNCTION emergency_phone(p_phone text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE WHEN d LIKE '00%' THEN substr(d, 3)
                WHEN d LIKE '0%' THEN '385' || substr(d, 2)
                ELSE d END
    FROM (SELECT regexp_replace(p_phone, '[^0-9]', '', 'g') AS d) x
$$;
REVOKE ALL ON FUNCTION emergency_phone(text) FROM PUBLIC;

-- Everything the emergency screen shows for the given tickets, in the order of p_ids. The OIB is
-- decrypted here once per row and leaves only as its last 4 digits, the blacklist check and (with
-- a salt) a salted token. p_salt NULL: no tokens.
CREATE FUNCTION emergency_rows(p_match uuid, p_ids uuid[], p_salt bytea)
    RETURNS TABLE (ticket_id uuid, match_id uuid, order_number text, barcode text, qr_payload text,
                   ticket_status text, other_match boolean, match_closed boolean, sector_code text,
                   row_identifier text, seat_number text, seat_label text, price_category text,
                   price_cents bigint, holder_name text, oib_last4 text, is_blacklisted boolean,
                   print_count integer, refusal text,
                   oib_token bytea, passport_token bytea, email_token bytea, phone_token bytea)
    LANGUAGE sql STABLE
    SET search_path = public, pg_temp
AS $$
    SELECT d.ticket_id, d.match_id, d.order_number::text, d.barcode::text, d.qr_code_data::text,
           d.ticket_status::text, d.match_id <> p_match, c.closed,
           d.sector_code::text, d.row_identifier::text, d.seat_number::text, d.seat_label,
           d.price_category::text, d.price_cents, d.holder_name::text,
           right(pii.oib, 4), b.banned, pc.n,
           CASE WHEN d.match_id <> p_match THEN 'OTHER_MATCH'
                WHEN d.ticket_status <> 'SOLD' THEN 'NOT_SOLD'
                WHEN c.closed THEN 'MATCH_CLOSED'
                WHEN b.banned THEN 'BLACKLISTED' END,
           CASE WHEN p_salt IS NOT NULL AND pii.oib IS NOT NULL
                THEN hmac(convert_to(upper(btrim(pii.oib)), 'UTF8'), p_salt, 'sha256') END,
           CASE WHEN p_salt IS NOT NULL AND pii.passport IS NOT NULL
                THEN hmac(convert_to(upper(btrim(pii.passport)), 'UTF8'), p_salt, 'sha256') END,
           CASE WHEN p_salt IS NOT NULL AND nullif(btrim(h.email), '') IS NOT NULL
                THEN hmac(convert_to(lower(btrim(h.email)), 'UTF8'), p_salt, 'sha256') END,
           CASE WHEN p_salt IS NOT NULL AND nullif(emergency_phone(h.phone), '') IS NOT NULL
                THEN hmac(convert_to(emergency_phone(h.phone), 'UTF8'), p_salt, 'sha256') END
    FROM unnest(p_ids) WITH ORDINALITY AS ids (id, ord)
    JOIN ticket_print_data d ON d.ticket_id = ids.id
    JOIN matches m ON m.id = d.match_id
    LEFT JOIN ticket_holders h ON h.ticket_id = d.ticket_id
    CROSS JOIN LATERAL (
        SELECT CASE WHEN h.oib_encrypted IS NOT NULL THEN pii_decrypt(h.oib_encrypted) END AS oib,
               CASE WHEN p_salt IS NOT NULL AND h.passport_encrypted IS NOT NULL
                    THEN pii_decrypt(h.passport_encrypted) END AS passport
    ) pii
    CROSS JOIN LATERAL (
        SELECT m.status IN ('CLOSED', 'CANCELLED') OR m.closed_at IS NOT NULL OR m.cancelled_at IS NOT NULL
               AS closed
    ) c
    CROSS JOIN LATERAL (
        SELECT pii.oib IS NOT NULL
               AND EXISTS (SELECT 1 FROM blacklist bl WHERE bl.oib = btrim(pii.oib) AND bl.status = 'ACTIVE')
               AS banned
    ) b
    CROSS JOIN LATERAL (
        SELECT count(*)::integer AS n FROM emergency_prints e WHERE e.ticket_id = d.ticket_id
    ) pc
    ORDER BY ids.ord
$$;
REVOKE ALL ON FUNCTION emergency_rows(uuid, uuid[], bytea) FROM PUBLIC;

-- =============================================================================================
-- Search
-- =============================================================================================

-- p_kind: 'barcode' (a barcode or a scanned QR payload HNS1.<barcode>....; any match, flagged
-- other_match), 'order' (order number; any match), 'name' (holder name contains the term, case
-- and diacritics ignored; prefixes first), 'oib' and 'passport' (exact, through pii_hash), 'email'
-- (exact, case ignored), 'phone' (same number in any common notation). Name, ID, e-mail and phone
-- searches stay within p_match. At most 50 rows: a search that finds more must be narrowed.
CREATE FUNCTION emergency_find_tickets(p_match uuid, p_kind text, p_term text)
    RETURNS TABLE (ticket_id uuid, match_id uuid, order_number text, barcode text, qr_payload text,
                   ticket_status text, other_match boolean, match_closed boolean, sector_code text,
                   row_identifier text, seat_number text, seat_label text, price_category text,
                   price_cents bigint, holder_name text, oib_last4 text, is_blacklisted boolean,
                   print_count integer, refusal text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_term constant text := btrim(coalesce(p_term, ''));
    v_ids uuid[];
    v_pattern text;
BEGIN
    IF v_term = '' THEN
        RAISE EXCEPTION 'nothing to search for' USING ERRCODE = 'EP012';
    END IF;
    CASE p_kind
    WHEN 'barcode' THEN
        SELECT array_agg(t.id) INTO v_ids FROM tickets t
        WHERE t.barcode = CASE WHEN v_term LIKE 'HNS1.%' THEN split_part(v_term, '.', 2) ELSE v_term END;
    WHEN 'order' THEN
        SELECT array_agg(t.id ORDER BY t.created_at, t.id) INTO v_ids
        FROM orders o JOIN tickets t ON t.order_id = o.id
        WHERE o.order_number = upper(v_term);
    WHEN 'name' THEN
        IF char_length(v_term) < 2 THEN
            RAISE EXCEPTION 'a name search needs at least 2 letters' USING ERRCODE = 'EP012';
        END IF;
        v_pattern := replace(replace(replace(emergency_fold(v_term), '\', '\\'), '%', '\%'), '_', '\_');
        SELECT array_agg(x.id ORDER BY x.prefix DESC, x.full_name, x.id) INTO v_ids
        FROM (SELECT t.id, h.full_name, emergency_fold(h.full_name) LIKE v_pattern || '%' AS prefix
              FROM tickets t JOIN ticket_holders h ON h.ticket_id = t.id
              WHERE t.match_id = p_match AND emergency_fold(h.full_name) LIKE '%' || v_pattern || '%'
              ORDER BY 3 DESC, h.full_name, t.id
              LIMIT 50) x;
    WHEN 'oib' THEN
        SELECT array_agg(t.id ORDER BY t.created_at, t.id) INTO v_ids
        FROM ticket_holders h JOIN tickets t ON t.id = h.ticket_id
        WHERE h.oib_hash = pii_hash(v_term) AND t.match_id = p_match;
    WHEN 'passport' THEN
        SELECT array_agg(t.id ORDER BY t.created_at, t.id) INTO v_ids
        FROM ticket_holders h JOIN tickets t ON t.id = h.ticket_id
        WHERE h.passport_hash = pii_hash(v_term) AND t.match_id = p_match;
    WHEN 'email' THEN
        SELECT array_agg(t.id ORDER BY t.created_at, t.id) INTO v_ids
        FROM ticket_holders h JOIN tickets t ON t.id = h.ticket_id
        WHERE lower(btrim(h.email)) = lower(v_term) AND t.match_id = p_match;
    WHEN 'phone' THEN
        SELECT array_agg(t.id ORDER BY t.created_at, t.id) INTO v_ids
        FROM ticket_holders h JOIN tickets t ON t.id = h.ticket_id
        WHERE t.match_id = p_match AND h.phone IS NOT NULL
          AND emergency_phone(h.phone) = emergency_phone(v_term);
    ELSE
        RAISE EXCEPTION 'unknown search kind "%"', p_kind USING ERRCODE = 'EP012';
    END CASE;
    RETURN QUERY
    SELECT r.ticket_id, r.match_id, r.order_number, r.barcode, r.qr_payload, r.ticket_status,
           r.other_match, r.match_closed, r.sector_code, r.row_identifier, r.seat_number,
           r.seat_label, r.price_category, r.price_cents, r.holder_name, r.oib_last4,
           r.is_blacklisted, r.print_count, r.refusal
    FROM emergency_rows(p_match, coalesce(v_ids[1:50], '{}'), NULL) r;
END
$$;
REVOKE ALL ON FUNCTION emergency_find_tickets(uuid, text, text) FROM PUBLIC;

-- Every ticket of a match, for the offline cache of a gate workstation: the rows of the search
-- plus the OIB, passport, e-mail and phone of the holder as HMAC-SHA-256 tokens keyed with the
-- workstation's own random salt, so the cache can be searched by them without holding them.
-- (The cache file holds its salt too: the tokens keep the IDs out of plain sight and out of
-- anything copied from the file, not out of reach of a determined brute force of 10^10 OIBs.)
CREATE FUNCTION emergency_snapshot(p_match uuid, p_salt bytea)
    RETURNS TABLE (ticket_id uuid, match_id uuid, order_number text, barcode text, qr_payload text,
                   ticket_status text, other_match boolean, match_closed boolean, sector_code text,
                   row_identifier text, seat_number text, seat_label text, price_category text,
                   price_cents bigint, holder_name text, oib_last4 text, is_blacklisted boolean,
                   print_count integer, refusal text,
                   oib_token bytea, passport_token bytea, email_token bytea, phone_token bytea)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF p_salt IS NULL OR octet_length(p_salt) < 16 THEN
        RAISE EXCEPTION 'the workstation salt must have at least 16 bytes' USING ERRCODE = 'EP012';
    END IF;
    RETURN QUERY
    SELECT * FROM emergency_rows(p_match,
        (SELECT coalesce(array_agg(t.id ORDER BY t.id), '{}') FROM tickets t WHERE t.match_id = p_match),
        p_salt);
END
$$;
REVOKE ALL ON FUNCTION emergency_snapshot(uuid, bytea) FROM PUBLIC;

-- =============================================================================================
-- Recording a print
-- =============================================================================================

-- Counts one emergency print of p_ticket and writes its emergency_print audit event, in one
-- transaction. The agent is session_user. p_key: the client's key for this print; a retry with the
-- same key (a lost answer, an outbox delivered again) returns the first result with replayed =
-- true and counts nothing. Online (p_offline false) it refuses unless the ticket is SOLD, its
-- match is open and its holder is not blacklisted. A print made offline has already happened, on
-- the ticket's last known state: it is recorded whatever the server now says, and what it says
-- goes into conflicts (and the audit event) for the security office to follow up.
CREATE FUNCTION emergency_print_record(p_key uuid, p_ticket uuid, p_reason text, p_identity_verified boolean,
                                       p_document_type text, p_location text, p_printed_at timestamptz,
                                       p_offline boolean)
    RETURNS TABLE (print_number integer, printed_at timestamptz, agent_login text, agent_name text,
                   replayed boolean, conflicts text[])
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_offline constant boolean := coalesce(p_offline, false);
    v_prior emergency_prints%ROWTYPE;
    v_row record;
    v_conflicts text[] := '{}';
    v_number integer;
    v_at timestamptz;
    v_audit bigint;
    v_name text;
BEGIN
    IF btrim(coalesce(p_reason, '')) = '' THEN
        RAISE EXCEPTION 'an emergency print needs a reason' USING ERRCODE = 'EP006';
    END IF;
    IF NOT coalesce(p_identity_verified, false) THEN
        RAISE EXCEPTION 'the holder''s identity has not been verified' USING ERRCODE = 'EP007';
    END IF;
    IF p_document_type IS NULL OR p_document_type NOT IN ('IDENTITY_CARD', 'PASSPORT') THEN
        RAISE EXCEPTION 'document type "%" is neither IDENTITY_CARD nor PASSPORT', p_document_type
            USING ERRCODE = 'EP008';
    END IF;
    IF btrim(coalesce(p_location, '')) = '' THEN
        RAISE EXCEPTION 'an emergency print needs its location' USING ERRCODE = 'EP009';
    END IF;
    IF p_key IS NULL THEN
        RAISE EXCEPTION 'an emergency print needs an idempotency key' USING ERRCODE = 'EP010';
    END IF;

    -- One key at a time: a retry racing its own first attempt waits and then finds it.
    PERFORM pg_advisory_xact_lock(1008, hashtext(p_key::text));
    SELECT * INTO v_prior FROM emergency_prints e WHERE e.idempotency_key = p_key;
    IF FOUND THEN
        IF v_prior.ticket_id <> p_ticket THEN
            RAISE EXCEPTION 'key % was used for another ticket', p_key USING ERRCODE = 'EP011';
        END IF;
        RETURN QUERY
        SELECT v_prior.print_number, v_prior.printed_at, v_prior.staff_login,
               coalesce((SELECT s.full_name::text FROM staff_accounts s WHERE s.user_id = v_prior.staff_user_id),
                        v_prior.staff_login),
               true, v_prior.conflicts;
        RETURN;
    END IF;

    -- One print of a ticket at a time (the same lock tribina-admin's reprint takes), so two
    -- agents printing at once get numbers n and n + 1.
    PERFORM pg_advisory_xact_lock(1005, hashtext(p_ticket::text));
    SELECT r.* INTO v_row FROM emergency_rows(
        (SELECT t.match_id FROM tickets t WHERE t.id = p_ticket), ARRAY[p_ticket], NULL) r;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'ticket % does not exist', p_ticket USING ERRCODE = 'EP001';
    END IF;
    IF v_row.ticket_status <> 'SOLD' THEN
        IF NOT v_offline THEN
            RAISE EXCEPTION 'ticket % is %; only sold tickets are reprinted', v_row.barcode, v_row.ticket_status
                USING ERRCODE = 'EP003', DETAIL = v_row.ticket_status;
        END IF;
        v_conflicts := v_conflicts || ('status ' || v_row.ticket_status);
    END IF;
    IF v_row.match_closed THEN
        IF NOT v_offline THEN
            RAISE EXCEPTION 'the match of ticket % is closed', v_row.barcode USING ERRCODE = 'EP004';
        END IF;
        v_conflicts := v_conflicts || 'match closed'::text;
    END IF;
    IF v_row.is_blacklisted THEN
        IF NOT v_offline THEN
            RAISE EXCEPTION 'the holder of ticket % is blacklisted', v_row.barcode USING ERRCODE = 'EP005';
        END IF;
        v_conflicts := v_conflicts || 'holder blacklisted'::text;
    END IF;

    v_number := v_row.print_count + 1;
    v_at := CASE WHEN v_offline THEN coalesce(p_printed_at, now()) ELSE now() END;
    v_name := coalesce((SELECT s.full_name::text FROM staff_accounts s WHERE s.login_role = session_user),
                       session_user::text);
    v_audit := audit_event('emergency_print', v_row.match_id, p_ticket, jsonb_build_object(
        'ticket_id', p_ticket,
        'barcode', v_row.barcode,
        'agent', session_user::text,
        'agent_name', v_name,
        'reason', btrim(p_reason),
        'identity_verified', true,
        'document_type', p_document_type,
        'location', btrim(p_location),
        'printed_at', v_at,
        'print_number', v_number,
        'offline', v_offline,
        'conflicts', to_jsonb(v_conflicts),
        'key', p_key));
    INSERT INTO emergency_prints (idempotency_key, ticket_id, match_id, print_number, staff_login, staff_user_id,
                                  reason, identity_verified, document_type, location, printed_at, offline,
                                  conflicts, audit_id)
    VALUES (p_key, p_ticket, v_row.match_id, v_number, session_user, current_staff_user_id(),
            btrim(p_reason), true, p_document_type, btrim(p_location), v_at, v_offline, v_conflicts, v_audit);
    RETURN QUERY SELECT v_number, v_at, session_user::text, v_name, false, v_conflicts;
END
$$;
REVOKE ALL ON FUNCTION emergency_print_record(uuid, uuid, text, boolean, text, text, timestamptz, boolean)
    FROM PUBLIC;

-- =============================================================================================
-- Grants: support, box office and admins print at the gate; petrol and reporting do not.
-- =============================================================================================
GRANT EXECUTE ON FUNCTION emergency_find_tickets(uuid, text, text),
                          emergency_snapshot(uuid, bytea),
                          emergency_print_record(uuid, uuid, text, boolean, text, text, timestamptz, boolean)
    TO tribina_support, tribina_box_office, tribina_admin;
