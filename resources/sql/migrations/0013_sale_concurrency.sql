-- 0013_sale_concurrency.sql — the counter sale under 32 concurrent sellers (issue 6).
--
-- What the 32-seller load showed (pg_stat_activity wait events, pg_stat_user_functions, vmstat):
--   * every selling transaction queued NOTIFYs, and PostgreSQL serialises the commits of all
--     notifying transactions behind one database-wide lock, held through the commit's WAL flush:
--     32 sellers committed one after another instead of sharing flushes (group commit);
--   * both cores were busy: a sale cost ≈ 4.6 ms of server time, much of it statement overhead
--     (LANGUAGE sql helpers are planned again in every transaction; issue_tickets ran five
--     statements per ticket), and a losing attempt (seat already taken) still screened the
--     blacklist and inserted an order before it found out.
-- This migration, same behaviour and API:
--   * generic plans for the sale (plan_cache_mode on counter_sell and issue_tickets): PL/pgSQL
--     had kept re-planning custom plans of its statements on every call;
--   * announce after commit: counter_sell marks its transaction (tribina.announce_after_commit);
--     notify_change and audit_outbox_notify stay silent in such a transaction, and the client
--     calls changes_announce(match) right after the commit (a tiny transaction with no WAL).
--     A client that dies in between leaves the other counters to their 5-second poll.
--   * the hot helpers (current_staff_user_id, pii_hash, pii_encrypt, blacklist_check,
--     match_fee_rates, counter_seat_text) in PL/pgSQL, whose plans live for the session;
--   * seats_first_unavailable(): the cheap look at the seats, done by counter_sell before any
--     other work, so a lost race costs little;
--   * issue_tickets: tickets and holders inserted one statement per sale, not per ticket, the
--     order's amounts and buyer in one UPDATE, and the price from the seat's own category when
--     match set-up painted one (0006's match_seat_categories rule; before, the sector's price
--     was charged for a repainted seat), and the seat labels it returns are the ones the ticket
--     shows and signs (the sector alone for standing and free seating, as ticket_print_data);
--   * ticket_print_data names the seat's own price category too (it named the sector's).
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.
SET LOCAL search_path = public;

-- =============================================================================================
-- Announce after commit
-- =============================================================================================

-- Transaction-local: set by the selling functions, read by the notifying triggers.
CREATE FUNCTION announce_after_commit() RETURNS boolean
    LANGUAGE sql STABLE
AS $$ SELECT coalesce(current_setting('tribina.announce_after_commit', true), '') = 'on' $$;
GRANT EXECUTE ON FUNCTION announce_after_commit() TO PUBLIC;

-- What the deferred triggers would have said, for a transaction that has committed. Harmless to
-- call at any time: listeners re-read what changed since their watermark.
CREATE FUNCTION changes_announce(p_match uuid) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF p_match IS NOT NULL THEN
        PERFORM pg_notify('tribina_changes', p_match::text);
    END IF;
    PERFORM pg_notify('tribina_audit', '');
END
$$;
REVOKE ALL ON FUNCTION changes_announce(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION changes_announce(uuid)
    TO tribina_admin, tribina_box_office, tribina_petrol, tribina_support;

CREATE OR REPLACE FUNCTION notify_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_match uuid;
BEGIN
    IF announce_after_commit() THEN
        RETURN NULL; -- the client calls changes_announce() after its commit
    END IF;
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

CREATE OR REPLACE FUNCTION audit_outbox_notify() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF NOT announce_after_commit() THEN
        PERFORM pg_notify('tribina_audit', '');
    END IF;
    RETURN NULL;
END
$$;

-- =============================================================================================
-- Hot helpers in PL/pgSQL (same signatures, volatility, security and grants)
-- =============================================================================================

CREATE OR REPLACE FUNCTION current_staff_user_id() RETURNS uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    RETURN (SELECT user_id FROM staff_accounts WHERE login_role = session_user);
END
$$;

CREATE OR REPLACE FUNCTION pii_hash(p_value text) RETURNS bytea
    LANGUAGE plpgsql STABLE STRICT SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    RETURN (SELECT hmac(convert_to(upper(btrim(p_value)), 'UTF8'), s.secret, 'sha256')
            FROM app_secrets s WHERE s.name = 'pii_key');
END
$$;

CREATE OR REPLACE FUNCTION pii_encrypt(p_value text) RETURNS bytea
    LANGUAGE plpgsql VOLATILE STRICT SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    RETURN (SELECT pgp_sym_encrypt(p_value, encode(s.secret, 'hex'), 'cipher-algo=aes256, s2k-mode=1')
            FROM app_secrets s WHERE s.name = 'pii_key');
END
$$;

CREATE OR REPLACE FUNCTION blacklist_check(p_oib text, p_passport text) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    RETURN p_oib IS NOT NULL
       AND EXISTS (SELECT 1 FROM blacklist b WHERE b.status = 'ACTIVE' AND b.oib = btrim(p_oib));
END
$$;

CREATE OR REPLACE FUNCTION match_fee_rates(p_match uuid)
    RETURNS TABLE (match_type match_type, fee_percent numeric, ticket_vat_percent numeric,
                   fee_vat_percent numeric, from_defaults boolean)
    LANGUAGE plpgsql STABLE
    SET search_path = public, pg_temp
AS $$
BEGIN
    RETURN QUERY
    SELECT m.match_type,
           coalesce(f.fee_percent, 6.00),
           CASE WHEN m.match_type = 'HOME' THEN coalesce(f.home_ticket_vat_percent, 5.00)
                ELSE coalesce(f.away_ticket_vat_percent, 0.00) END,
           CASE WHEN m.match_type = 'HOME' THEN coalesce(f.home_fee_vat_percent, 25.00)
                ELSE coalesce(f.away_fee_vat_percent, 0.00) END,
           f.id IS NULL
    FROM matches m
    LEFT JOIN LATERAL (
        SELECT fc.*
        FROM fee_configurations fc
        WHERE (fc.match_id = m.id OR fc.match_id IS NULL)
          AND fc.effective_from <= (m.kick_off_time AT TIME ZONE 'Europe/Zagreb')::date
          AND (fc.effective_to IS NULL
               OR fc.effective_to >= (m.kick_off_time AT TIME ZONE 'Europe/Zagreb')::date)
        ORDER BY fc.match_id IS NULL, fc.effective_from DESC, fc.created_at DESC
        LIMIT 1
    ) f ON true
    WHERE m.id = p_match;
END
$$;

-- Every lost race names its seat with it: planned once per session, not per call.
CREATE OR REPLACE FUNCTION counter_seat_text(p_inventory uuid) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    RETURN (SELECT 'Sector ' || sc.code || ', row ' || s.row_identifier || ', seat ' || s.seat_number
            FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id JOIN sectors sc ON sc.id = s.sector_id
            WHERE i.id = p_inventory);
END
$$;

-- =============================================================================================
-- The cheap look at the seats
-- =============================================================================================

-- Internal. The first seat of p_seats (in their order) that this sale cannot have: not of the
-- match, sold, blocked, or held by someone else (an expired hold or one with p_hold_token is
-- fine). NULL when all look sellable. No lock: issue_tickets decides for real under its locks.
CREATE FUNCTION seats_first_unavailable(p_match uuid, p_seats uuid[], p_hold_token uuid)
    RETURNS uuid
    LANGUAGE plpgsql STABLE
    SET search_path = public, pg_temp
AS $$
BEGIN
    RETURN (SELECT x.id
            FROM unnest(p_seats) WITH ORDINALITY AS x(id, n)
            LEFT JOIN match_seat_inventory i ON i.id = x.id AND i.match_id = p_match
            WHERE i.id IS NULL
               OR NOT (i.status = 'AVAILABLE'
                       OR (i.status = 'RESERVED' AND (i.held_until < now()
                                                      OR (p_hold_token IS NOT NULL AND i.hold_token = p_hold_token))))
            ORDER BY x.n LIMIT 1);
END
$$;
REVOKE ALL ON FUNCTION seats_first_unavailable(uuid, uuid[], uuid) FROM PUBLIC;

-- =============================================================================================
-- THE ticket issuer (0009, 0012), set-based
-- =============================================================================================
-- Same checks, errors, lock order and results as 0012's; tickets and holders are written in one
-- statement each, the order's amounts and buyer in one UPDATE, and each seat is priced by its
-- own category when it has one (match_seat_categories), else by its sector's.
CREATE OR REPLACE FUNCTION issue_tickets(p_match uuid, p_order uuid, p_seats uuid[], p_holders jsonb,
                              p_discount_percent numeric, p_channel text, p_hold_token uuid DEFAULT NULL)
    RETURNS TABLE (ticket_id uuid, inventory_id uuid, barcode text, qr_code_data text,
                   price_amount numeric, ticket_vat_amount numeric, fee_amount numeric,
                   fee_vat_amount numeric, seat_label text, holder_name text, is_minor boolean)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_staff constant uuid := current_staff_user_id();
    v_match matches%ROWTYPE;
    v_n integer := coalesce(cardinality(p_seats), 0);
    v_limit integer;
    v_buyer_hash bytea;
    v_buyer_index integer := 0;
    v_hashes bytea[] := '{}';
    v_is_oib boolean[] := '{}';
    v_enc bytea[] := '{}';
    v_barcodes text[] := '{}';
    v_locked uuid[];
    v_taken boolean;
    v_hash bytea;
    v_bad uuid;
    h jsonb;
    v_oib text;
    v_passport text;
    v_dob date;
    v_barcode text;
    v_lock bigint;
    v_rates record;
    o_ids uuid[];
    o_price numeric[];
    o_fee numeric[];
    o_ticket_vat numeric[];
    o_fee_vat numeric[];
    o_labels text[];
    o_names text[] := '{}';
    o_minors boolean[] := '{}';
BEGIN
    IF v_staff IS NULL THEN
        RAISE EXCEPTION 'only staff can issue tickets' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO v_match FROM matches WHERE id = p_match;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'match % does not exist', p_match USING ERRCODE = 'no_data_found';
    END IF;
    IF v_match.status IN ('CANCELLED', 'CLOSED') THEN
        RAISE EXCEPTION 'match is %; no tickets can be issued', v_match.status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF v_n = 0 THEN
        RAISE EXCEPTION 'no seats to sell' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF (SELECT count(DISTINCT x) FROM unnest(p_seats) x) <> v_n THEN
        RAISE EXCEPTION 'a seat appears twice in the sale' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF jsonb_typeof(p_holders) IS DISTINCT FROM 'array' OR jsonb_array_length(p_holders) <> v_n THEN
        RAISE EXCEPTION 'one holder per seat is required (% seats, % holders)', v_n,
            CASE WHEN jsonb_typeof(p_holders) = 'array' THEN jsonb_array_length(p_holders) ELSE 0 END
            USING ERRCODE = 'TB007';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = p_order AND o.match_id = p_match) THEN
        RAISE EXCEPTION 'order % is not an order of this match', p_order USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- 0. A cheap look (no lock) first: a seat already sold or held by someone else fails the sale
    --    before the expensive work below. Step 3 decides for real, under the lock.
    v_bad := seats_first_unavailable(p_match, p_seats, p_hold_token);
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '% is no longer available (%)', coalesce(counter_seat_text(v_bad), 'Seat'), v_bad
            USING ERRCODE = 'TB001';
    END IF;

    -- 1. Holder data, identities, and which holder is the buyer.
    FOR i IN 0 .. v_n - 1 LOOP
        h := p_holders -> i;
        IF coalesce(btrim(h->>'full_name'), '') = '' THEN
            RAISE EXCEPTION 'holder % has no name', i + 1 USING ERRCODE = 'TB007';
        END IF;
        IF coalesce(btrim(h->>'nationality'), '') = '' THEN
            RAISE EXCEPTION 'holder % (%) has no nationality', i + 1, h->>'full_name' USING ERRCODE = 'TB007';
        END IF;
        -- (A regular expression, not an exception block: no subtransaction per holder.)
        v_dob := CASE WHEN h->>'date_of_birth' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN (h->>'date_of_birth')::date END;
        IF v_dob IS NULL OR v_dob > current_date OR v_dob < date '1900-01-01' THEN
            RAISE EXCEPTION 'holder % (%) has no valid date of birth', i + 1, h->>'full_name' USING ERRCODE = 'TB007';
        END IF;
        v_oib := nullif(btrim(h->>'oib'), '');
        v_passport := nullif(btrim(h->>'passport'), '');
        IF v_oib IS NULL AND v_passport IS NULL THEN
            RAISE EXCEPTION 'holder % (%) needs an OIB or a passport number', i + 1, h->>'full_name' USING ERRCODE = 'TB007';
        END IF;
        IF v_oib IS NOT NULL AND NOT oib_is_valid(v_oib) THEN
            RAISE EXCEPTION 'holder % (%) has an invalid OIB', i + 1, h->>'full_name' USING ERRCODE = 'TB007';
        END IF;
        IF blacklist_check(v_oib, v_passport) THEN
            RAISE EXCEPTION 'holder % (%) may not buy tickets', i + 1, h->>'full_name' USING ERRCODE = 'TB002';
        END IF;
        -- 0002: oib_hash = pii_hash(oib), passport_hash = pii_hash(passport number).
        v_hash := CASE WHEN v_oib IS NOT NULL THEN pii_hash(v_oib) ELSE pii_hash(v_passport) END;
        v_is_oib := v_is_oib || (v_oib IS NOT NULL);
        IF v_hash = ANY (v_hashes) THEN
            RAISE EXCEPTION 'holder % (%) appears twice: one ticket per person and match', i + 1, h->>'full_name'
                USING ERRCODE = 'TB003';
        END IF;
        v_hashes := v_hashes || v_hash;
        -- The slow parts (encryption, random barcodes) before any lock is taken.
        v_enc := v_enc || pii_encrypt(coalesce(v_oib, v_passport));
        LOOP
            v_barcode := ticket_barcode_new();
            EXIT WHEN NOT EXISTS (SELECT 1 FROM tickets t WHERE t.barcode = v_barcode)
                      AND NOT v_barcode = ANY (v_barcodes);
        END LOOP;
        v_barcodes := v_barcodes || v_barcode;
        o_names := o_names || btrim(h->>'full_name');
        o_minors := o_minors || (age((v_match.kick_off_time AT TIME ZONE 'Europe/Zagreb')::date, v_dob) < interval '18 years');
        IF (h->>'buyer')::boolean IS TRUE THEN
            v_buyer_index := i;
        END IF;
    END LOOP;
    v_buyer_hash := v_hashes[v_buyer_index + 1];

    -- 2. Person locks, sorted (lock order at the top), then the per-person and buyer checks.
    FOR v_lock IN
        SELECT DISTINCT ('x' || substr(md5(p_match::text || encode(x, 'hex')), 1, 16))::bit(64)::bigint
        FROM unnest(v_hashes || v_buyer_hash) x ORDER BY 1
    LOOP
        PERFORM pg_advisory_xact_lock(v_lock);
    END LOOP;

    FOR i IN 0 .. v_n - 1 LOOP
        IF v_is_oib[i + 1] THEN
            v_taken := EXISTS (SELECT 1 FROM ticket_holders th JOIN tickets t ON t.id = th.ticket_id
                               WHERE th.oib_hash = v_hashes[i + 1]
                                 AND t.match_id = p_match AND t.status IN ('SOLD', 'ATTENDED'));
        ELSE
            v_taken := EXISTS (SELECT 1 FROM ticket_holders th JOIN tickets t ON t.id = th.ticket_id
                               WHERE th.passport_hash = v_hashes[i + 1]
                                 AND t.match_id = p_match AND t.status IN ('SOLD', 'ATTENDED'));
        END IF;
        IF v_taken THEN
            RAISE EXCEPTION '% already holds a ticket for this match', p_holders -> i ->> 'full_name'
                USING ERRCODE = 'TB003';
        END IF;
    END LOOP;

    SELECT coalesce((SELECT sp.ticket_limit FROM sales_phases sp
                     WHERE sp.match_id = p_match AND sp.is_active AND now() >= sp.start_at AND now() < sp.end_at
                     LIMIT 1), 4) INTO v_limit;
    IF v_n + (SELECT count(*) FROM tickets t JOIN orders o ON o.id = t.order_id
              WHERE o.match_id = p_match AND o.buyer_hash = v_buyer_hash
                AND t.status IN ('SOLD', 'ATTENDED')) > v_limit THEN
        RAISE EXCEPTION 'at most % tickets per buyer for this match', v_limit USING ERRCODE = 'TB004';
    END IF;

    -- 3. Seats: lock in id order, name the first one that is not sellable, then sell them all.
    -- SKIP LOCKED: a seat that another counter is selling this very moment counts as taken (TB001
    -- at once, no queue of clerks waiting on one seat, no deadlock); should that sale fail, the
    -- seat shows as available again on every map.
    SELECT array_agg(l.id) INTO v_locked
    FROM (SELECT i.id FROM match_seat_inventory i WHERE i.id = ANY (p_seats)
          ORDER BY i.id FOR UPDATE SKIP LOCKED) l;
    SELECT x.id INTO v_bad
    FROM unnest(p_seats) WITH ORDINALITY AS x(id, n)
    LEFT JOIN match_seat_inventory i ON i.id = x.id AND i.match_id = p_match
    WHERE i.id IS NULL OR NOT (i.id = ANY (coalesce(v_locked, '{}')))
       OR NOT (i.status = 'AVAILABLE'
               OR (i.status = 'RESERVED' AND (i.held_until < now()
                                              OR (p_hold_token IS NOT NULL AND i.hold_token = p_hold_token))))
    ORDER BY x.n LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION '% is no longer available (%)', coalesce(counter_seat_text(v_bad), 'Seat'), v_bad
            USING ERRCODE = 'TB001';
    END IF;
    UPDATE match_seat_inventory i
    SET status = 'SOLD', held_by = NULL, held_until = NULL, hold_token = NULL,
        version = i.version + 1, last_modified_by = v_staff, last_modified_at = now()
    WHERE i.id = ANY (p_seats);

    -- 4. Prices: the seat's category (its own, else its sector's), the one pricing rule (0007).
    SELECT x.id INTO v_bad
    FROM unnest(p_seats) WITH ORDINALITY AS x(id, n)
    LEFT JOIN match_seat_categories c ON c.inventory_id = x.id
    LEFT JOIN price_categories pc ON pc.id = c.price_category_id
    WHERE pc.price IS NULL
    ORDER BY x.n LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION '% has no price category for this match', counter_seat_text(v_bad)
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    SELECT * INTO v_rates FROM match_fee_rates(p_match);
    SELECT array_agg(gen_random_uuid()), array_agg(b.ticket_amount ORDER BY x.n),
           array_agg(b.fee_amount ORDER BY x.n), array_agg(b.ticket_vat_amount ORDER BY x.n),
           array_agg(b.fee_vat_amount ORDER BY x.n),
           -- The label exactly as ticket_print_data (0005) shows and signs it: the sector alone
           -- for standing and free seating.
           array_agg(ticket_seat_label(sc.code, s.row_identifier, s.seat_number,
                                       sc.sector_type <> 'STANDING' AND v_match.is_numbered
                                       AND coalesce(ms.is_numbered, true)) ORDER BY x.n)
    INTO o_ids, o_price, o_fee, o_ticket_vat, o_fee_vat, o_labels
    FROM unnest(p_seats) WITH ORDINALITY AS x(id, n)
    JOIN match_seat_categories c ON c.inventory_id = x.id
    JOIN price_categories pc ON pc.id = c.price_category_id
    JOIN seats s ON s.id = c.seat_id
    JOIN sectors sc ON sc.id = s.sector_id
    LEFT JOIN match_sectors ms ON ms.id = c.match_sector_id
    CROSS JOIN LATERAL price_breakdown(pc.price, coalesce(p_discount_percent, 0), v_rates.fee_percent,
                                       v_rates.ticket_vat_percent, v_rates.fee_vat_percent) b;

    -- 5. Tickets, holders and the order's amounts (sums of the per-ticket rounded amounts).
    INSERT INTO tickets (id, order_id, match_id, match_seat_inventory_id, barcode, qr_code_data,
                         status, price_amount, fee_amount)
    SELECT u.id, p_order, p_match, u.seat, u.barcode, '', 'SOLD', u.price, u.fee
    FROM unnest(o_ids, p_seats, v_barcodes, o_price, o_fee) AS u(id, seat, barcode, price, fee);

    INSERT INTO ticket_holders (ticket_id, full_name, date_of_birth, nationality, oib_encrypted,
                                passport_encrypted, email, phone, is_minor, source, oib_hash, passport_hash)
    SELECT u.id, btrim(u.h->>'full_name'), (u.h->>'date_of_birth')::date, btrim(u.h->>'nationality'),
           CASE WHEN u.is_oib THEN u.enc END, CASE WHEN NOT u.is_oib THEN u.enc END,
           nullif(btrim(u.h->>'email'), ''), nullif(btrim(u.h->>'phone'), ''), u.minor,
           coalesce(nullif(u.h->>'source', ''), 'MANUAL_ENTRY')::holder_source,
           CASE WHEN u.is_oib THEN u.hash END, CASE WHEN NOT u.is_oib THEN u.hash END
    FROM (SELECT v.id, v.enc, v.hash, v.is_oib, v.minor, p_holders -> (v.n::integer - 1) AS h
          FROM unnest(o_ids, v_enc, v_hashes, v_is_oib, o_minors)
               WITH ORDINALITY AS v(id, enc, hash, is_oib, minor, n)) u;

    UPDATE orders o
    SET buyer_hash = coalesce(o.buyer_hash, v_buyer_hash),
        ticket_amount = o.ticket_amount + s.ticket, ticket_vat_amount = o.ticket_vat_amount + s.ticket_vat,
        fee_amount = o.fee_amount + s.fee, fee_vat_amount = o.fee_vat_amount + s.fee_vat,
        total_amount = o.total_amount + s.ticket + s.fee
    FROM (SELECT sum(a) AS ticket, sum(b) AS ticket_vat, sum(c) AS fee, sum(d) AS fee_vat
          FROM unnest(o_price, o_ticket_vat, o_fee, o_fee_vat) AS x(a, b, c, d)) s
    WHERE o.id = p_order;

    -- 6. Sign all tickets of the sale in one statement (0012), and return one row per ticket in
    --    p_seats order.
    RETURN QUERY
    SELECT o.id, p_seats[o.n::integer], v_barcodes[o.n::integer], s.qr_code_data, o.price,
           o.ticket_vat, o.fee, o.fee_vat, o.label, o.name, o.minor
    FROM unnest(o_ids, o_price, o_ticket_vat, o_fee, o_fee_vat, o_labels, o_names, o_minors)
             WITH ORDINALITY AS o(id, price, ticket_vat, fee, fee_vat, label, name, minor, n)
    JOIN ticket_qr_sign_tickets(o_ids) s ON s.ticket_id = o.id
    ORDER BY o.n;
END
$$;

-- =============================================================================================
-- The counter sale (0009): announces after commit, looks at the seats first
-- =============================================================================================
-- As 0009's, with two changes: the transaction is marked for announce-after-commit (the client
-- calls changes_announce), and a seat that is no longer available fails the sale before the
-- blacklist screen and the order (the cheap look of issue_tickets, done first).
CREATE OR REPLACE FUNCTION counter_sell(p_key uuid, p_match uuid, p_hold_token uuid, p_inventory_ids uuid[],
                             p_holders jsonb, p_payment_method text, p_cash_given numeric,
                             p_terminal_reference text, p_shift uuid)
    RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_staff constant uuid := current_staff_user_id();
    v_prior jsonb;
    v_hits integer[];
    v_order uuid;
    v_o orders%ROWTYPE;
    v_tickets jsonb;
    v_payment uuid;
    v_result jsonb;
    v_bad uuid;
BEGIN
    IF v_staff IS NULL THEN
        RAISE EXCEPTION 'only staff can sell' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_key IS NULL THEN
        RAISE EXCEPTION 'a sale needs an idempotency key' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Serialise retries of one key (lock order step 1), then replay a finished one.
    PERFORM pg_advisory_xact_lock(('x' || substr(md5(p_key::text), 1, 16))::bit(64)::bigint);
    SELECT result INTO v_prior FROM idempotency_keys WHERE key = p_key AND operation = 'counter_sell';
    IF FOUND THEN
        RETURN v_prior || jsonb_build_object('replayed', true);
    END IF;

    -- A seat taken meanwhile is the common failure under load: find it before any other work
    -- (before the shift's row lock, so a lost race writes nothing, not even a lock).
    v_bad := seats_first_unavailable(p_match, p_inventory_ids, p_hold_token);
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '% is no longer available (%)', coalesce(counter_seat_text(v_bad), 'Seat'), v_bad
            USING ERRCODE = 'TB001';
    END IF;

    -- The other counters hear of this sale from the client, after the commit (see the top).
    PERFORM set_config('tribina.announce_after_commit', 'on', true);
    PERFORM counter_shift_require(p_shift);
    IF p_payment_method IS NULL OR p_payment_method NOT IN ('CASH', 'CARD') THEN
        RAISE EXCEPTION 'payment method must be CASH or CARD' USING ERRCODE = 'TB008';
    END IF;
    IF p_payment_method = 'CARD' AND coalesce(btrim(p_terminal_reference), '') = '' THEN
        RAISE EXCEPTION 'a card payment needs the terminal reference' USING ERRCODE = 'TB008';
    END IF;

    v_hits := blacklist_screen(p_match, p_holders, 'COUNTER');
    IF cardinality(v_hits) > 0 THEN
        RETURN jsonb_build_object('status', 'BLOCKED', 'blocked_holders', to_jsonb(v_hits), 'replayed', false);
    END IF;

    v_order := order_open(p_match, 'COUNTER', p_key, NULL);
    SELECT coalesce(jsonb_agg(to_jsonb(t.*)), '[]') INTO v_tickets
    FROM issue_tickets(p_match, v_order, p_inventory_ids, p_holders, 0, 'COUNTER', p_hold_token) t;

    SELECT * INTO v_o FROM orders WHERE id = v_order;
    IF p_payment_method = 'CASH' AND coalesce(p_cash_given, 0) < v_o.total_amount THEN
        RAISE EXCEPTION 'cash given % is less than the total %', coalesce(p_cash_given, 0), v_o.total_amount
            USING ERRCODE = 'TB008';
    END IF;
    UPDATE orders SET status = 'COMPLETED', completed_at = now() WHERE id = v_order;
    INSERT INTO payments (order_id, amount, status, completed_at, idempotency_key, method, terminal_reference)
    VALUES (v_order, v_o.total_amount, 'SUCCEEDED', now(), p_key, p_payment_method,
            CASE WHEN p_payment_method = 'CARD' THEN btrim(p_terminal_reference) END)
    RETURNING id INTO v_payment;
    INSERT INTO counter_shift_entries (shift_id, kind, method, amount, order_id, created_by)
    VALUES (p_shift, 'SALE', p_payment_method, v_o.total_amount, v_order, v_staff);

    v_result := jsonb_build_object(
        'status', 'COMPLETED', 'order_id', v_order, 'order_number', v_o.order_number,
        'total', v_o.total_amount, 'ticket_amount', v_o.ticket_amount,
        'ticket_vat_amount', v_o.ticket_vat_amount, 'fee_amount', v_o.fee_amount,
        'fee_vat_amount', v_o.fee_vat_amount, 'payment_method', p_payment_method,
        'payment_id', v_payment,
        'cash_given', CASE WHEN p_payment_method = 'CASH' THEN p_cash_given END,
        'change', CASE WHEN p_payment_method = 'CASH' THEN p_cash_given - v_o.total_amount END,
        'tickets', v_tickets);
    INSERT INTO idempotency_keys (key, operation, staff_user_id, result)
    VALUES (p_key, 'counter_sell', v_staff, v_result);
    PERFORM audit_event('sale', p_match, v_order, jsonb_build_object(
        'channel', 'COUNTER', 'order_number', v_o.order_number, 'tickets', jsonb_array_length(v_tickets),
        'total', v_o.total_amount, 'payment_method', p_payment_method, 'shift_id', p_shift,
        'seats', (SELECT jsonb_agg(x->>'seat_label') FROM jsonb_array_elements(v_tickets) x)));
    RETURN v_result || jsonb_build_object('replayed', false);
END
$$;

-- =============================================================================================
-- The ticket names the seat's own price category (0006 paints seats)
-- =============================================================================================
-- As 0005's view, but for the category: the seat's own when match set-up painted one, else its
-- sector's — the category issue_tickets prices by. Same columns; 0005's grants stay.
CREATE OR REPLACE VIEW ticket_print_data WITH (security_invoker = true) AS
SELECT t.id AS ticket_id,
       t.match_id,
       t.order_id,
       t.barcode,
       t.qr_code_data,
       t.status AS ticket_status,
       m.competition,
       m.home_team,
       m.away_team,
       (m.kick_off_time AT TIME ZONE 'Europe/Zagreb') AS kick_off_local,
       st.name AS venue_name,
       st.city AS venue_city,
       sc.code AS sector_code,
       sc.name AS sector_name,
       p.placement,
       s.row_identifier,
       s.seat_number,
       ticket_seat_label(sc.code, s.row_identifier, s.seat_number, p.placement = 'SEAT') AS seat_label,
       pc.name AS price_category,
       (t.price_amount * 100)::bigint AS price_cents,
       (t.fee_amount * 100)::bigint AS fee_cents,
       (v.rate * 100)::integer AS vat_rate_hundredths,
       (round(t.price_amount * v.rate / (100 + v.rate), 2) * 100)::bigint AS vat_cents,
       o.currency,
       o.order_number,
       h.full_name AS holder_name
FROM tickets t
JOIN orders o ON o.id = t.order_id
JOIN matches m ON m.id = t.match_id
JOIN stadiums st ON st.id = m.venue_id
JOIN match_seat_inventory i ON i.id = t.match_seat_inventory_id
JOIN seats s ON s.id = i.seat_id
JOIN sectors sc ON sc.id = s.sector_id
LEFT JOIN match_sectors ms ON ms.match_id = t.match_id AND ms.sector_id = sc.id
LEFT JOIN price_categories pc ON pc.id = coalesce(i.price_category_id, ms.price_category_id)
LEFT JOIN ticket_holders h ON h.ticket_id = t.id
CROSS JOIN LATERAL (
    SELECT CASE WHEN sc.sector_type = 'STANDING' THEN 'STANDING'
                WHEN NOT m.is_numbered OR NOT coalesce(ms.is_numbered, true) THEN 'FREE_SEATING'
                ELSE 'SEAT' END AS placement
) p
CROSS JOIN LATERAL (
    SELECT CASE WHEN m.match_type = 'HOME' THEN coalesce(f.home_ticket_vat_percent, 5.00)
                ELSE coalesce(f.away_ticket_vat_percent, 0.00) END AS rate
    FROM (SELECT 1) one
    LEFT JOIN LATERAL (
        SELECT fc.home_ticket_vat_percent, fc.away_ticket_vat_percent
        FROM fee_configurations fc
        WHERE (fc.match_id = t.match_id OR fc.match_id IS NULL)
          AND fc.effective_from <= (m.kick_off_time AT TIME ZONE 'Europe/Zagreb')::date
          AND (fc.effective_to IS NULL OR fc.effective_to >= (m.kick_off_time AT TIME ZONE 'Europe/Zagreb')::date)
        ORDER BY fc.match_id IS NULL, fc.effective_from DESC
        LIMIT 1
    ) f ON true
) v;

-- Plans for the whole sale, nested functions included, are made once per session: every
-- statement in the sale looks rows up by key, so the generic plan is the right one, and
-- re-planning custom plans for each call was two fifths of a sale's CPU (perf, one seller).
ALTER FUNCTION counter_sell(uuid, uuid, uuid, uuid[], jsonb, text, numeric, text, uuid)
    SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION issue_tickets(uuid, uuid, uuid[], jsonb, numeric, text, uuid)
    SET plan_cache_mode = force_generic_plan;
