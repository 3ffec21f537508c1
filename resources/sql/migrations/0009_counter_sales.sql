-- 0009_counter_sales.sql — the box-office sale: holds, the blacklist check, the internal ticket
-- issuer (shared with petrol and quotas), the counter sale and refund, and cash-desk shifts.
--
-- API (stable; C++ callers in models/boxoffice/salerepository.*):
--   seats_hold(match, inventory_ids[], hold_token, minutes)  -> TABLE(inventory_id, seat_label)  seats NOT obtained
--   seats_release(hold_token)                                -> integer  seats released
--   seats_release_mine()                                     -> integer  every hold of the staff member
--   seats_release_expired(match)                             -> integer  expired holds swept
--   blacklist_check(oib, passport)                           -> boolean  true = may not buy
--   counter_shift_open(float numeric, workstation text)      -> uuid     the open shift (reused if open)
--   counter_shift_current()                                  -> uuid     the staff member's open shift or NULL
--   counter_shift_totals(shift)                              -> one row of running totals (ledger sums)
--   counter_shift_close(shift, counted numeric, note text)   -> numeric  discrepancy (counted − expected)
--   counter_sell(key, match, hold_token, inventory_ids[], holders jsonb, payment_method, cash_given,
--                terminal_reference, shift)                  -> jsonb    receipt (see the function)
--   counter_refund(key, ticket_ids[], reason, shift, cancel boolean) -> jsonb
--   counter_refund_order(key, order, reason, shift, cancel boolean)  -> jsonb
-- Internal (EXECUTE granted to nobody; called from SECURITY DEFINER functions of 0009/0010/0011):
--   order_open(match, channel, idempotency_key, buyer_hash)  -> uuid     a PENDING order with a number
--   blacklist_screen(match, holders jsonb, channel)          -> integer[] banned holder indexes (writes violations)
--   issue_tickets(match, order, seats[], holders jsonb, discount_percent, channel, hold_token)
--                                                            -> TABLE(ticket_id, inventory_id, barcode, ...)
--
-- Errors carry their own SQLSTATEs (class TB) so clients can tell them apart without parsing text:
--   TB001 seat taken          message 'Sector <code>, row <r>, seat <s> is no longer available (<inventory uuid>)'
--                             (sold, held by another counter, or being sold at another counter right now)
--   TB002 blacklisted holder  (issue_tickets; counter_sell returns status BLOCKED instead, see there)
--   TB003 person already holds a live ticket for the match (message names the holder)
--   TB004 buyer limit exceeded
--   TB005 no open shift of this staff member
--   TB006 refund within 48 h of kick-off without a reason
--   TB007 invalid holder data (message says which holder and field)
--   TB008 payment invalid (cash given short of the total, card without terminal reference)
--   TB009 ticket not refundable (not SOLD, or of another match/order)
--
-- Lock order (no deadlocks): every writer here takes (1) the idempotency-key advisory lock,
-- (2) the person/buyer advisory locks sorted, (3) seat rows FOR UPDATE SKIP LOCKED sorted by id
-- (never waits: a seat locked by another sale is refused as taken). Any two transactions thus
-- acquire their common locks in the same order, and nobody queues behind a hot seat.
--
-- Prices: price_breakdown() and match_fee_rates() of 0007 (ARCHITECTURE.md, "Money").
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.

SET LOCAL search_path = public;

-- =============================================================================================
-- Small helpers
-- =============================================================================================

-- "Sector A, row 3, seat 12" for error messages, from an inventory row.
CREATE FUNCTION counter_seat_text(p_inventory uuid) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT 'Sector ' || sc.code || ', row ' || s.row_identifier || ', seat ' || s.seat_number
    FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id JOIN sectors sc ON sc.id = s.sector_id
    WHERE i.id = p_inventory
$$;
REVOKE ALL ON FUNCTION counter_seat_text(uuid) FROM PUBLIC;

-- A new ticket barcode exactly as models/printing/barcodegenerator.* draws it: 14 digits, the
-- first 1–9, then 12 random digits, then the Damm check digit (same quasigroup as
-- ticket_barcode_is_valid in 0005). Digits come from gen_random_bytes (cryptographic), bytes
-- ≥ 250 are redrawn so every digit is uniform.
CREATE FUNCTION ticket_barcode_new() RETURNS text
    LANGUAGE plpgsql VOLATILE
    SET search_path = public, pg_temp
AS $$
DECLARE
    t constant smallint[] := '{0,3,1,7,5,9,8,6,4,2, 7,0,9,2,1,5,4,8,6,3, 4,2,0,6,8,7,1,3,5,9,
                               1,7,5,0,9,8,3,4,2,6, 6,1,2,3,0,4,5,9,7,8, 3,6,7,4,2,0,9,5,8,1,
                               5,8,6,9,7,2,0,1,3,4, 8,9,4,5,3,6,2,0,1,7, 9,4,3,8,6,1,7,2,0,5,
                               2,5,8,1,4,3,6,7,9,0}';
    code text := '';
    b bytea;
    d integer;
    interim integer := 0;
BEGIN
    LOOP
        b := gen_random_bytes(32);
        FOR i IN 0..31 LOOP
            d := get_byte(b, i);
            CONTINUE WHEN d >= 250;
            d := d % 10;
            CONTINUE WHEN code = '' AND d = 0;
            code := code || d::text;
            interim := t[interim * 10 + d + 1];
            EXIT WHEN length(code) = 13;
        END LOOP;
        EXIT WHEN length(code) = 13;
    END LOOP;
    -- The check digit is the one that brings the interim back to 0: row `interim`, column c with t = 0.
    FOR c IN 0..9 LOOP
        IF t[interim * 10 + c + 1] = 0 THEN
            RETURN code || c::text;
        END IF;
    END LOOP;
    RAISE EXCEPTION 'Damm table has no zero in row %', interim; -- unreachable
END
$$;
REVOKE ALL ON FUNCTION ticket_barcode_new() FROM PUBLIC;

-- =============================================================================================
-- Holds
-- =============================================================================================
-- A clerk's picked seats are RESERVED with held_by, held_until and the workstation's hold token.
-- An expired hold (held_until < now()) counts as available to everyone (seats_hold, the sale).
-- Release at exit or crash: the client calls seats_release(token) on cancel and on clean exit;
-- it keeps its token in its local settings, so after a crash the next start of that workstation
-- calls seats_release(previous token) (or seats_release_mine() at login). Whatever is left expires
-- by itself after p_minutes; seats_release_expired sweeps a match (the counter calls it when it
-- opens a match), though nobody has to: expired holds are treated as available already.

-- Holds the seats for the staff member; a seat already held with this token is renewed. Returns
-- the seats NOT obtained (sold, held by someone else, blocked, ...), with their labels.
CREATE FUNCTION seats_hold(p_match uuid, p_inventory_ids uuid[], p_hold_token uuid, p_minutes integer DEFAULT 10)
    RETURNS TABLE (inventory_id uuid, seat_label text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_staff constant uuid := current_staff_user_id();
BEGIN
    IF v_staff IS NULL THEN
        RAISE EXCEPTION 'only staff can hold seats' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_hold_token IS NULL OR p_minutes IS NULL OR p_minutes NOT BETWEEN 1 AND 120 THEN
        RAISE EXCEPTION 'a hold needs a token and 1 to 120 minutes' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Lock in id order (see the lock order at the top); a seat being sold this moment is skipped
    -- (reported as not held), as in issue_tickets.
    UPDATE match_seat_inventory i
    SET status = 'RESERVED', held_by = v_staff, held_until = now() + make_interval(mins => p_minutes),
        hold_token = p_hold_token, version = i.version + 1,
        last_modified_by = v_staff, last_modified_at = now()
    FROM (SELECT x.id FROM match_seat_inventory x
          WHERE x.id = ANY (p_inventory_ids) AND x.match_id = p_match
          ORDER BY x.id FOR UPDATE SKIP LOCKED) l
    WHERE i.id = l.id
      AND (i.status = 'AVAILABLE'
           OR (i.status = 'RESERVED' AND (i.held_until < now() OR i.hold_token = p_hold_token)));

    RETURN QUERY
    SELECT x.id, coalesce(counter_seat_text(x.id), 'unknown seat')
    FROM unnest(p_inventory_ids) AS x(id)
    WHERE NOT EXISTS (SELECT 1 FROM match_seat_inventory i
                      WHERE i.id = x.id AND i.match_id = p_match
                        AND i.status = 'RESERVED' AND i.hold_token = p_hold_token);
END
$$;
REVOKE ALL ON FUNCTION seats_hold(uuid, uuid[], uuid, integer) FROM PUBLIC;

-- Releases the staff member's seats held with this token (not sold ones). Returns how many.
CREATE FUNCTION seats_release(p_hold_token uuid) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_count integer;
BEGIN
    WITH locked AS (
        SELECT i.id FROM match_seat_inventory i
        WHERE i.hold_token = p_hold_token AND i.status = 'RESERVED'
          AND i.held_by = current_staff_user_id()
        ORDER BY i.id FOR UPDATE)
    UPDATE match_seat_inventory i
    SET status = 'AVAILABLE', held_by = NULL, held_until = NULL, hold_token = NULL,
        version = i.version + 1, last_modified_by = current_staff_user_id(), last_modified_at = now()
    FROM locked WHERE i.id = locked.id;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;
REVOKE ALL ON FUNCTION seats_release(uuid) FROM PUBLIC;

-- Releases every hold of the staff member (at login on a single-workstation clerk, or logout).
CREATE FUNCTION seats_release_mine() RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_count integer;
BEGIN
    WITH locked AS (
        SELECT i.id FROM match_seat_inventory i
        WHERE i.status = 'RESERVED' AND i.held_by = current_staff_user_id() AND i.hold_token IS NOT NULL
        ORDER BY i.id FOR UPDATE)
    UPDATE match_seat_inventory i
    SET status = 'AVAILABLE', held_by = NULL, held_until = NULL, hold_token = NULL,
        version = i.version + 1, last_modified_by = current_staff_user_id(), last_modified_at = now()
    FROM locked WHERE i.id = locked.id;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;
REVOKE ALL ON FUNCTION seats_release_mine() FROM PUBLIC;

-- Turns the match's expired holds back into AVAILABLE seats (cosmetic for other counters' maps:
-- an expired hold is sellable either way). SKIP LOCKED: a seat being sold right now is left alone.
CREATE FUNCTION seats_release_expired(p_match uuid) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_count integer;
BEGIN
    WITH locked AS (
        SELECT i.id FROM match_seat_inventory i
        WHERE i.match_id = p_match AND i.status = 'RESERVED' AND i.held_until < now()
        ORDER BY i.id FOR UPDATE SKIP LOCKED)
    UPDATE match_seat_inventory i
    SET status = 'AVAILABLE', held_by = NULL, held_until = NULL, hold_token = NULL,
        version = i.version + 1, last_modified_at = now()
    FROM locked WHERE i.id = locked.id;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;
REVOKE ALL ON FUNCTION seats_release_expired(uuid) FROM PUBLIC;

-- =============================================================================================
-- Blacklist
-- =============================================================================================

-- true when the person may not buy: an ACTIVE blacklist entry with this OIB. The blacklist holds
-- OIBs only (E11), so a passport alone never matches; the parameter is there so callers need not
-- change when the model adds passports. Callers never read the blacklist itself.
CREATE FUNCTION blacklist_check(p_oib text, p_passport text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM blacklist b
                   WHERE b.status = 'ACTIVE' AND p_oib IS NOT NULL AND b.oib = btrim(p_oib))
$$;
REVOKE ALL ON FUNCTION blacklist_check(text, text) FROM PUBLIC;

-- Internal. Checks every holder of p_holders (the issue_tickets format) and writes one
-- `violation` audit event per hit (name, masked OIB, channel). Returns the 0-based indexes of the
-- banned holders (empty: all clear). Callers write nothing else when the array is not empty and
-- commit, so the violation stays recorded while the sale does not happen.
CREATE FUNCTION blacklist_screen(p_match uuid, p_holders jsonb, p_channel text) RETURNS integer[]
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_hits integer[] := '{}';
    h jsonb;
    idx integer := 0;
BEGIN
    FOR h IN SELECT value FROM jsonb_array_elements(coalesce(p_holders, '[]')) LOOP
        IF blacklist_check(nullif(btrim(h->>'oib'), ''), nullif(btrim(h->>'passport'), '')) THEN
            v_hits := v_hits || idx;
            PERFORM audit_event('violation', p_match, NULL, jsonb_build_object(
                'kind', 'blacklist_hit', 'channel', p_channel,
                'full_name', h->>'full_name',
                'oib_masked', '********' || right(btrim(h->>'oib'), 3)));
        END IF;
        idx := idx + 1;
    END LOOP;
    RETURN v_hits;
END
$$;
REVOKE ALL ON FUNCTION blacklist_screen(uuid, jsonb, text) FROM PUBLIC;

-- =============================================================================================
-- Orders and the ticket issuer (internal)
-- =============================================================================================

-- Counter and petrol orders have no web buyer: orders.user_id is the selling staff member, and
-- buyer_hash (pii_hash of the buyer's OIB or passport; the first holder unless the holders name a
-- buyer) is who the buyer limit counts. channel: COUNTER, PETROL, QUOTA, ... (for reports).
ALTER TABLE orders
    ADD COLUMN buyer_hash bytea,
    ADD COLUMN channel text;
CREATE INDEX idx_orders_match_buyer ON orders (match_id, buyer_hash) WHERE buyer_hash IS NOT NULL;

CREATE SEQUENCE order_number_seq AS bigint;
REVOKE ALL ON SEQUENCE order_number_seq FROM PUBLIC;

-- Internal. A PENDING order with zero amounts for the session's staff member; issue_tickets adds
-- the tickets' amounts. Order numbers: 'HNS-<year>-<serial, 6+ digits>' (unique, sequence-based).
CREATE FUNCTION order_open(p_match uuid, p_channel text, p_idempotency_key uuid, p_buyer_hash bytea)
    RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_staff constant uuid := current_staff_user_id();
    v_id uuid;
BEGIN
    IF v_staff IS NULL THEN
        RAISE EXCEPTION 'only staff can open orders' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO orders (user_id, match_id, order_number, status, ticket_amount, ticket_vat_amount,
                        fee_amount, fee_vat_amount, total_amount, sales_phase_id, idempotency_key,
                        buyer_hash, channel)
    VALUES (v_staff, p_match,
            'HNS-' || to_char(now() AT TIME ZONE 'Europe/Zagreb', 'YYYY') || '-'
                || lpad(nextval('order_number_seq')::text, 6, '0'),
            'PENDING', 0, 0, 0, 0, 0,
            (SELECT p.id FROM sales_phases p
             WHERE p.match_id = p_match AND p.is_active AND now() >= p.start_at AND now() < p.end_at
             LIMIT 1),
            p_idempotency_key, p_buyer_hash, p_channel)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
REVOKE ALL ON FUNCTION order_open(uuid, text, uuid, bytea) FROM PUBLIC;

-- Internal. THE ticket issuer of every channel (counter 0009, quotas 0010, petrol 0011). All or
-- nothing: any failure raises and the caller's transaction rolls back.
--   p_match             the match
--   p_order             an order of this match created in this transaction (order_open); its
--                       amounts are increased by the issued tickets' amounts (rounded per ticket)
--   p_seats             match_seat_inventory ids, one per ticket; each must be AVAILABLE,
--                       RESERVED under an expired hold, or RESERVED with p_hold_token
--   p_holders           jsonb array, one object per seat in the same order:
--                         full_name (required), date_of_birth 'YYYY-MM-DD' (required),
--                         nationality (required), oib (11 digits, valid) or passport (one required),
--                         email, phone (optional), source ('MANUAL_ENTRY' default),
--                         buyer (true on at most one holder: the buyer for the buyer limit;
--                         default the first holder)
--   p_discount_percent  quota discount on the category price (0 normally)
--   p_channel           'COUNTER', 'PETROL', 'QUOTA', ... (audit payloads, orders.channel)
--   p_hold_token        the caller's hold token, or NULL
-- Checks: seat availability (TB001, naming the seat), holder data (TB007), blacklist (TB002;
-- call blacklist_screen first to record violations), one live ticket per OIB/passport per
-- match across all channels (TB003), buyer limit = the active sales phase's ticket_limit, else 4,
-- counting the buyer's live tickets of this match (TB004).
-- Writes: tickets SOLD with a fresh barcode and a signed QR payload (ticket_qr_sign), one
-- ticket_holders row each (OIB/passport encrypted + hashed, is_minor = under 18 on match day),
-- seats SOLD (hold cleared), the order's amounts. Writes no audit event: the caller audits its
-- sale (one event per order).
-- Returns one row per ticket, in p_seats order.
CREATE FUNCTION issue_tickets(p_match uuid, p_order uuid, p_seats uuid[], p_holders jsonb,
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
    v_sum_ticket numeric := 0;
    v_sum_ticket_vat numeric := 0;
    v_sum_fee numeric := 0;
    v_sum_fee_vat numeric := 0;
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
    v_ticket uuid;
    v_barcode text;
    v_price numeric;
    v_seat record;
    p record;
    v_minor boolean;
    v_lock bigint;
    v_rates record;
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
    SELECT x.id INTO v_bad
    FROM unnest(p_seats) WITH ORDINALITY AS x(id, n)
    LEFT JOIN match_seat_inventory i ON i.id = x.id AND i.match_id = p_match
    WHERE i.id IS NULL
       OR NOT (i.status = 'AVAILABLE'
               OR (i.status = 'RESERVED' AND (i.held_until < now()
                                              OR (p_hold_token IS NOT NULL AND i.hold_token = p_hold_token))))
    ORDER BY x.n LIMIT 1;
    IF FOUND THEN
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
        -- The slow parts (PGP encryption, random barcodes) before any lock is taken.
        v_enc := v_enc || pii_encrypt(coalesce(v_oib, v_passport));
        LOOP
            v_barcode := ticket_barcode_new();
            EXIT WHEN NOT EXISTS (SELECT 1 FROM tickets t WHERE t.barcode = v_barcode)
                      AND NOT v_barcode = ANY (v_barcodes);
        END LOOP;
        v_barcodes := v_barcodes || v_barcode;
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
    UPDATE orders SET buyer_hash = coalesce(buyer_hash, v_buyer_hash) WHERE id = p_order;

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

    -- 4. Tickets and holders.
    SELECT * INTO v_rates FROM match_fee_rates(p_match);
    FOR i IN 0 .. v_n - 1 LOOP
        h := p_holders -> i;
        SELECT i2.id, sc.code AS sector_code, s.row_identifier, s.seat_number, pc.price
        INTO v_seat
        FROM match_seat_inventory i2
        JOIN seats s ON s.id = i2.seat_id
        JOIN sectors sc ON sc.id = s.sector_id
        LEFT JOIN match_sectors ms ON ms.match_id = p_match AND ms.sector_id = sc.id
        LEFT JOIN price_categories pc ON pc.id = ms.price_category_id
        WHERE i2.id = p_seats[i + 1];
        IF v_seat.price IS NULL THEN
            RAISE EXCEPTION '% has no price category for this match', counter_seat_text(p_seats[i + 1])
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        -- The one pricing (0007): rates of the match once, breakdown per ticket.
        SELECT * INTO p FROM price_breakdown(v_seat.price, coalesce(p_discount_percent, 0),
                                             v_rates.fee_percent, v_rates.ticket_vat_percent,
                                             v_rates.fee_vat_percent);

        v_barcode := v_barcodes[i + 1];
        INSERT INTO tickets (order_id, match_id, match_seat_inventory_id, barcode, qr_code_data,
                             status, price_amount, fee_amount)
        VALUES (p_order, p_match, p_seats[i + 1], v_barcode, '', 'SOLD', p.ticket_amount, p.fee_amount)
        RETURNING id INTO v_ticket;

        v_dob := (h->>'date_of_birth')::date;
        v_minor := age((v_match.kick_off_time AT TIME ZONE 'Europe/Zagreb')::date, v_dob) < interval '18 years';
        INSERT INTO ticket_holders (ticket_id, full_name, date_of_birth, nationality, oib_encrypted,
                                    passport_encrypted, email, phone, is_minor, source, oib_hash, passport_hash)
        VALUES (v_ticket, btrim(h->>'full_name'), v_dob, btrim(h->>'nationality'),
                CASE WHEN v_is_oib[i + 1] THEN v_enc[i + 1] END,
                CASE WHEN NOT v_is_oib[i + 1] THEN v_enc[i + 1] END,
                nullif(btrim(h->>'email'), ''), nullif(btrim(h->>'phone'), ''), v_minor,
                coalesce(nullif(h->>'source', ''), 'MANUAL_ENTRY')::holder_source,
                CASE WHEN v_is_oib[i + 1] THEN v_hashes[i + 1] END,
                CASE WHEN NOT v_is_oib[i + 1] THEN v_hashes[i + 1] END);

        v_sum_ticket := v_sum_ticket + p.ticket_amount;
        v_sum_ticket_vat := v_sum_ticket_vat + p.ticket_vat_amount;
        v_sum_fee := v_sum_fee + p.fee_amount;
        v_sum_fee_vat := v_sum_fee_vat + p.fee_vat_amount;
        IF i = v_n - 1 THEN
            -- The order's amounts: sums of the per-ticket amounts (round per ticket, then add).
            UPDATE orders o
            SET ticket_amount = o.ticket_amount + v_sum_ticket,
                ticket_vat_amount = o.ticket_vat_amount + v_sum_ticket_vat,
                fee_amount = o.fee_amount + v_sum_fee,
                fee_vat_amount = o.fee_vat_amount + v_sum_fee_vat,
                total_amount = o.total_amount + v_sum_ticket + v_sum_fee
            WHERE o.id = p_order;
        END IF;

        ticket_id := v_ticket;
        inventory_id := p_seats[i + 1];
        barcode := v_barcode;
        qr_code_data := ticket_qr_sign(v_ticket);
        price_amount := p.ticket_amount;
        ticket_vat_amount := p.ticket_vat_amount;
        fee_amount := p.fee_amount;
        fee_vat_amount := p.fee_vat_amount;
        seat_label := v_seat.sector_code || '-' || v_seat.row_identifier || '-' || v_seat.seat_number;
        holder_name := btrim(h->>'full_name');
        is_minor := v_minor;
        RETURN NEXT;
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION issue_tickets(uuid, uuid, uuid[], jsonb, numeric, text, uuid) FROM PUBLIC;

-- =============================================================================================
-- Shifts: a cash desk's session, with an append-only ledger
-- =============================================================================================
-- A shift's figures are sums over counter_shift_entries, never stored counters: FLOAT (opening
-- cash), SALE and REFUND (one per payment / refund, signed: refunds negative), COUNTED (the cash
-- counted at close). counter_shift_totals() derives running totals and the expected cash.
CREATE TABLE counter_shifts (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    staff_user_id   uuid NOT NULL REFERENCES users (id),
    workstation     text,
    opened_at       timestamptz NOT NULL DEFAULT now(),
    closed_at       timestamptz,
    -- Recorded at close from the ledger (the report of record); never changed afterwards.
    expected_cash   numeric(10,2),
    counted_cash    numeric(10,2),
    discrepancy     numeric(10,2),
    close_note      text,
    CONSTRAINT counter_shifts_closed_complete CHECK (
        (closed_at IS NULL AND counted_cash IS NULL AND expected_cash IS NULL AND discrepancy IS NULL)
        OR (closed_at IS NOT NULL AND counted_cash IS NOT NULL AND expected_cash IS NOT NULL
            AND discrepancy = counted_cash - expected_cash))
);
-- One open shift per staff member.
CREATE UNIQUE INDEX idx_counter_shifts_open ON counter_shifts (staff_user_id) WHERE closed_at IS NULL;

CREATE TABLE counter_shift_entries (
    id          bigserial PRIMARY KEY,
    shift_id    uuid NOT NULL REFERENCES counter_shifts (id),
    kind        text NOT NULL CHECK (kind IN ('FLOAT', 'SALE', 'REFUND', 'COUNTED')),
    method      text NOT NULL CHECK (method IN ('CASH', 'CARD')),
    amount      numeric(10,2) NOT NULL,
    order_id    uuid REFERENCES orders (id),
    refund_id   uuid REFERENCES refunds (id),
    created_by  uuid NOT NULL REFERENCES users (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT counter_shift_entries_sign CHECK (
        (kind = 'REFUND' AND amount <= 0) OR (kind <> 'REFUND' AND amount >= 0))
);
CREATE INDEX idx_counter_shift_entries_shift ON counter_shift_entries (shift_id);

-- Append-only ledger; a closed shift's row changes no more.
CREATE TRIGGER refuse_delete BEFORE DELETE ON counter_shift_entries FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON counter_shift_entries FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER refuse_delete BEFORE DELETE ON counter_shifts FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON counter_shifts FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();

CREATE FUNCTION counter_shift_entries_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION 'shift ledger entries are append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
REVOKE ALL ON FUNCTION counter_shift_entries_guard() FROM PUBLIC;
CREATE TRIGGER counter_shift_entries_guard BEFORE UPDATE ON counter_shift_entries
    FOR EACH ROW EXECUTE FUNCTION counter_shift_entries_guard();

CREATE FUNCTION counter_shifts_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF OLD.closed_at IS NULL AND NEW.closed_at IS NOT NULL
       AND (to_jsonb(NEW) - ARRAY['closed_at', 'expected_cash', 'counted_cash', 'discrepancy', 'close_note'])
           = (to_jsonb(OLD) - ARRAY['closed_at', 'expected_cash', 'counted_cash', 'discrepancy', 'close_note']) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'a shift can only be closed, once' USING ERRCODE = 'insufficient_privilege';
END
$$;
REVOKE ALL ON FUNCTION counter_shifts_guard() FROM PUBLIC;
CREATE TRIGGER counter_shifts_guard BEFORE UPDATE ON counter_shifts
    FOR EACH ROW EXECUTE FUNCTION counter_shifts_guard();

-- Running totals of every shift, from the ledger alone.
CREATE VIEW counter_shift_totals_view AS
SELECT s.id AS shift_id,
       s.staff_user_id,
       s.opened_at,
       s.closed_at,
       coalesce(sum(e.amount) FILTER (WHERE e.kind = 'FLOAT'), 0)::numeric(10,2) AS float_amount,
       coalesce(sum(e.amount) FILTER (WHERE e.kind = 'SALE' AND e.method = 'CASH'), 0)::numeric(10,2) AS cash_sales,
       coalesce(sum(e.amount) FILTER (WHERE e.kind = 'SALE' AND e.method = 'CARD'), 0)::numeric(10,2) AS card_sales,
       coalesce(sum(e.amount) FILTER (WHERE e.kind = 'REFUND' AND e.method = 'CASH'), 0)::numeric(10,2) AS cash_refunds,
       coalesce(sum(e.amount) FILTER (WHERE e.kind = 'REFUND' AND e.method = 'CARD'), 0)::numeric(10,2) AS card_refunds,
       count(*) FILTER (WHERE e.kind = 'SALE')::integer AS sale_count,
       count(*) FILTER (WHERE e.kind = 'REFUND')::integer AS refund_count,
       coalesce(sum(e.amount) FILTER (WHERE e.method = 'CASH' AND e.kind IN ('FLOAT', 'SALE', 'REFUND')), 0)::numeric(10,2)
           AS expected_cash,
       (sum(e.amount) FILTER (WHERE e.kind = 'COUNTED'))::numeric(10,2) AS counted_cash
FROM counter_shifts s
LEFT JOIN counter_shift_entries e ON e.shift_id = s.id
GROUP BY s.id;

-- The session's staff member's open shift, or NULL.
CREATE FUNCTION counter_shift_current() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT id FROM counter_shifts WHERE staff_user_id = current_staff_user_id() AND closed_at IS NULL
$$;
REVOKE ALL ON FUNCTION counter_shift_current() FROM PUBLIC;

-- Opens a shift with a cash float (returns the open one if the staff member has one already:
-- a second workstation of the same clerk shares it, a restart finds it again).
CREATE FUNCTION counter_shift_open(p_float numeric, p_workstation text DEFAULT NULL) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_staff constant uuid := current_staff_user_id();
    v_id uuid;
BEGIN
    IF v_staff IS NULL THEN
        RAISE EXCEPTION 'only staff can open a shift' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_float IS NULL OR p_float < 0 THEN
        RAISE EXCEPTION 'the cash float must be zero or more' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM pg_advisory_xact_lock(1009, hashtext(v_staff::text));
    v_id := counter_shift_current();
    IF v_id IS NOT NULL THEN
        RETURN v_id;
    END IF;
    INSERT INTO counter_shifts (staff_user_id, workstation) VALUES (v_staff, p_workstation) RETURNING id INTO v_id;
    INSERT INTO counter_shift_entries (shift_id, kind, method, amount, created_by)
    VALUES (v_id, 'FLOAT', 'CASH', p_float, v_staff);
    RETURN v_id;
END
$$;
REVOKE ALL ON FUNCTION counter_shift_open(numeric, text) FROM PUBLIC;

-- Running totals of a shift of the session's staff member (admins: any shift).
CREATE FUNCTION counter_shift_totals(p_shift uuid)
    RETURNS SETOF counter_shift_totals_view
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT v.* FROM counter_shift_totals_view v
    WHERE v.shift_id = p_shift
      AND (v.staff_user_id = current_staff_user_id() OR pg_has_role(session_user, 'tribina_admin', 'MEMBER'))
$$;
REVOKE ALL ON FUNCTION counter_shift_totals(uuid) FROM PUBLIC;

-- Closes the staff member's shift with the counted cash; records expected (from the ledger) and
-- the discrepancy (counted − expected, negative = cash missing). Returns the discrepancy.
CREATE FUNCTION counter_shift_close(p_shift uuid, p_counted numeric, p_note text DEFAULT NULL) RETURNS numeric
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_staff constant uuid := current_staff_user_id();
    v_shift counter_shifts%ROWTYPE;
    v_expected numeric(10,2);
BEGIN
    IF p_counted IS NULL OR p_counted < 0 THEN
        RAISE EXCEPTION 'counted cash must be zero or more' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- FOR UPDATE waits for sales in flight (they hold KEY SHARE on the shift) and keeps new ones out.
    SELECT * INTO v_shift FROM counter_shifts WHERE id = p_shift FOR UPDATE;
    IF NOT FOUND OR v_shift.staff_user_id IS DISTINCT FROM v_staff OR v_shift.closed_at IS NOT NULL THEN
        RAISE EXCEPTION 'no open shift % of yours', p_shift USING ERRCODE = 'TB005';
    END IF;
    INSERT INTO counter_shift_entries (shift_id, kind, method, amount, created_by)
    VALUES (p_shift, 'COUNTED', 'CASH', p_counted, v_staff);
    SELECT expected_cash INTO v_expected FROM counter_shift_totals_view WHERE shift_id = p_shift;
    UPDATE counter_shifts
    SET closed_at = now(), expected_cash = v_expected, counted_cash = p_counted,
        discrepancy = p_counted - v_expected, close_note = nullif(btrim(p_note), '')
    WHERE id = p_shift;
    RETURN p_counted - v_expected;
END
$$;
REVOKE ALL ON FUNCTION counter_shift_close(uuid, numeric, text) FROM PUBLIC;

-- Internal: the session's staff member's open shift p_shift, locked against closing; TB005 otherwise.
CREATE FUNCTION counter_shift_require(p_shift uuid) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM 1 FROM counter_shifts
    WHERE id = p_shift AND staff_user_id = current_staff_user_id() AND closed_at IS NULL
    FOR KEY SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no open shift: open a shift before selling' USING ERRCODE = 'TB005';
    END IF;
END
$$;
REVOKE ALL ON FUNCTION counter_shift_require(uuid) FROM PUBLIC;

-- =============================================================================================
-- The counter sale
-- =============================================================================================

-- One transaction: order COMPLETED, tickets SOLD with holders, payment SUCCEEDED, shift ledger
-- entry, audit `sale`. Idempotent on p_key: a retry (same key) returns the first result with
-- "replayed": true and does nothing else, whatever the other arguments.
--   p_hold_token          the workstation's hold token (seats held with it, or available ones)
--   p_holders             issue_tickets format (one per seat, same order)
--   p_payment_method      'CASH' (p_cash_given ≥ total) or 'CARD' (p_terminal_reference)
--   p_shift               the clerk's open shift (TB005 without one)
-- Result (jsonb): {"status": "COMPLETED", "order_id", "order_number", "total", "ticket_amount",
--   "ticket_vat_amount", "fee_amount", "fee_vat_amount", "cash_given", "change", "payment_method",
--   "payment_id", "replayed", "tickets": [{"ticket_id", "inventory_id", "barcode", "qr_code_data",
--   "price_amount", "ticket_vat_amount", "fee_amount", "fee_vat_amount", "seat_label",
--   "holder_name", "is_minor"}]}  (amounts as numeric with 2 decimals)
-- or, when a holder is on the blacklist: {"status": "BLOCKED", "blocked_holders": [0-based indexes]}
-- — nothing is sold, a `violation` audit event per hit is committed, the hold stays. Other
-- failures raise (TB001 seat taken naming the seat, TB003, TB004, TB005, TB007, TB008).
CREATE FUNCTION counter_sell(p_key uuid, p_match uuid, p_hold_token uuid, p_inventory_ids uuid[],
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
REVOKE ALL ON FUNCTION counter_sell(uuid, uuid, uuid, uuid[], jsonb, text, numeric, text, uuid) FROM PUBLIC;

-- =============================================================================================
-- Refunds and cancellations at the counter
-- =============================================================================================

-- Refunds (p_cancel false: status REFUNDED) or cancels (true: CANCELLED) tickets of one order.
-- Per ticket: a refunds row (refund_amount = the ticket price, fee_retained = its service fee;
-- source SUPPORT, COMPLETED, against the order's payment — the payment itself is never changed:
-- the refund row is the reversal), the ticket REFUNDED/CANCELLED, its seat back to AVAILABLE,
-- a REFUND ledger entry (negative, by the payment's method). The order becomes REFUNDED (or
-- CANCELLED) when no live ticket is left. From 48 h before kick-off a reason is required (TB006).
-- Idempotent on p_key: a retry returns the first result with "replayed": true.
-- Result: {"status": "COMPLETED", "order_id", "refund_amount", "fee_retained", "refunds": [ids],
--          "tickets": [ids], "replayed"}.
CREATE FUNCTION counter_refund(p_key uuid, p_ticket_ids uuid[], p_reason text, p_shift uuid,
                               p_cancel boolean DEFAULT false)
    RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_staff constant uuid := current_staff_user_id();
    v_prior jsonb;
    v_order uuid;
    v_match matches%ROWTYPE;
    v_payment payments%ROWTYPE;
    v_t record;
    v_refund uuid;
    v_refunds uuid[] := '{}';
    v_sum numeric(10,2) := 0;
    v_fee numeric(10,2) := 0;
    v_result jsonb;
    v_reason text := nullif(btrim(p_reason), '');
BEGIN
    IF v_staff IS NULL THEN
        RAISE EXCEPTION 'only staff can refund' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_key IS NULL THEN
        RAISE EXCEPTION 'a refund needs an idempotency key' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM pg_advisory_xact_lock(('x' || substr(md5(p_key::text), 1, 16))::bit(64)::bigint);
    SELECT result INTO v_prior FROM idempotency_keys WHERE key = p_key AND operation = 'counter_refund';
    IF FOUND THEN
        RETURN v_prior || jsonb_build_object('replayed', true);
    END IF;
    PERFORM counter_shift_require(p_shift);
    IF coalesce(cardinality(p_ticket_ids), 0) = 0 THEN
        RAISE EXCEPTION 'no tickets to refund' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT DISTINCT t.order_id INTO v_order FROM tickets t WHERE t.id = ANY (p_ticket_ids);
    IF (SELECT count(DISTINCT t.order_id) FROM tickets t WHERE t.id = ANY (p_ticket_ids)) <> 1
       OR (SELECT count(*) FROM tickets t WHERE t.id = ANY (p_ticket_ids)) <> cardinality(p_ticket_ids) THEN
        RAISE EXCEPTION 'the tickets must exist and belong to one order' USING ERRCODE = 'TB009';
    END IF;
    SELECT m.* INTO v_match FROM matches m JOIN orders o ON o.match_id = m.id WHERE o.id = v_order;
    IF now() >= v_match.kick_off_time - interval '48 hours' AND v_reason IS NULL THEN
        RAISE EXCEPTION 'within 48 hours of kick-off a refund needs a reason' USING ERRCODE = 'TB006';
    END IF;
    SELECT * INTO v_payment FROM payments
    WHERE order_id = v_order AND status = 'SUCCEEDED' ORDER BY created_at LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the order has no successful payment to refund' USING ERRCODE = 'TB009';
    END IF;

    -- Lock the seats in id order (lock order step 3), then the tickets.
    PERFORM 1 FROM match_seat_inventory i
    WHERE i.id IN (SELECT t.match_seat_inventory_id FROM tickets t WHERE t.id = ANY (p_ticket_ids))
    ORDER BY i.id FOR UPDATE;
    FOR v_t IN SELECT t.* FROM tickets t WHERE t.id = ANY (p_ticket_ids) ORDER BY t.id FOR UPDATE LOOP
        IF v_t.status <> 'SOLD' THEN
            RAISE EXCEPTION 'ticket % (%) is %, not refundable', v_t.barcode,
                counter_seat_text(v_t.match_seat_inventory_id), v_t.status USING ERRCODE = 'TB009';
        END IF;
        INSERT INTO refunds (order_id, ticket_id, payment_id, refund_amount, fee_retained, source, reason,
                             status, requested_by, approved_by, completed_at)
        VALUES (v_order, v_t.id, v_payment.id, v_t.price_amount, v_t.fee_amount, 'SUPPORT',
                left(v_reason, 255), 'COMPLETED', v_staff, v_staff, now())
        RETURNING id INTO v_refund;
        v_refunds := v_refunds || v_refund;
        UPDATE tickets
        SET status = CASE WHEN p_cancel THEN 'CANCELLED' ELSE 'REFUNDED' END::ticket_status,
            cancelled_at = now(), cancelled_by = v_staff, cancellation_reason = 'SUPPORT_REQUEST'
        WHERE id = v_t.id;
        UPDATE match_seat_inventory
        SET status = 'AVAILABLE', version = version + 1, last_modified_by = v_staff, last_modified_at = now()
        WHERE id = v_t.match_seat_inventory_id AND status = 'SOLD';
        INSERT INTO counter_shift_entries (shift_id, kind, method, amount, order_id, refund_id, created_by)
        VALUES (p_shift, 'REFUND', coalesce(v_payment.method, 'CARD'), -v_t.price_amount, v_order, v_refund, v_staff);
        v_sum := v_sum + v_t.price_amount;
        v_fee := v_fee + v_t.fee_amount;
    END LOOP;

    IF NOT EXISTS (SELECT 1 FROM tickets WHERE order_id = v_order AND status IN ('SOLD', 'ATTENDED')) THEN
        UPDATE orders
        SET status = CASE WHEN p_cancel THEN 'CANCELLED' ELSE 'REFUNDED' END::order_status,
            cancelled_at = now(), cancelled_by = v_staff, cancellation_reason = left(v_reason, 255)
        WHERE id = v_order;
    END IF;

    v_result := jsonb_build_object('status', 'COMPLETED', 'order_id', v_order, 'refund_amount', v_sum,
                                   'fee_retained', v_fee, 'refunds', to_jsonb(v_refunds),
                                   'tickets', to_jsonb(p_ticket_ids), 'cancel', p_cancel);
    INSERT INTO idempotency_keys (key, operation, staff_user_id, result)
    VALUES (p_key, 'counter_refund', v_staff, v_result);
    PERFORM audit_event('refund', v_match.id, v_order, jsonb_build_object(
        'channel', 'COUNTER', 'tickets', to_jsonb(p_ticket_ids), 'refund_amount', v_sum,
        'fee_retained', v_fee, 'reason', v_reason, 'cancel', p_cancel, 'shift_id', p_shift));
    RETURN v_result || jsonb_build_object('replayed', false);
END
$$;
REVOKE ALL ON FUNCTION counter_refund(uuid, uuid[], text, uuid, boolean) FROM PUBLIC;

-- Every live (SOLD) ticket of an order; see counter_refund.
CREATE FUNCTION counter_refund_order(p_key uuid, p_order uuid, p_reason text, p_shift uuid,
                                     p_cancel boolean DEFAULT false)
    RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_prior jsonb;
    v_ids uuid[];
BEGIN
    SELECT result INTO v_prior FROM idempotency_keys WHERE key = p_key AND operation = 'counter_refund';
    IF FOUND THEN
        RETURN v_prior || jsonb_build_object('replayed', true);
    END IF;
    SELECT array_agg(id ORDER BY id) INTO v_ids FROM tickets WHERE order_id = p_order AND status = 'SOLD';
    IF v_ids IS NULL THEN
        RAISE EXCEPTION 'order % has no refundable tickets', p_order USING ERRCODE = 'TB009';
    END IF;
    RETURN counter_refund(p_key, v_ids, p_reason, p_shift, p_cancel);
END
$$;
REVOKE ALL ON FUNCTION counter_refund_order(uuid, uuid, text, uuid, boolean) FROM PUBLIC;

-- =============================================================================================
-- Grants
-- =============================================================================================
-- The counter (and admins, who may stand in) sell, refund and run shifts only through the
-- functions above; the internal ones (order_open, blacklist_screen, issue_tickets,
-- counter_shift_require, ticket_barcode_new, counter_seat_text) have no grant.
GRANT EXECUTE ON FUNCTION
    seats_hold(uuid, uuid[], uuid, integer), seats_release(uuid), seats_release_mine(),
    seats_release_expired(uuid),
    counter_shift_open(numeric, text), counter_shift_current(), counter_shift_totals(uuid),
    counter_shift_close(uuid, numeric, text),
    counter_sell(uuid, uuid, uuid, uuid[], jsonb, text, numeric, text, uuid),
    counter_refund(uuid, uuid[], text, uuid, boolean), counter_refund_order(uuid, uuid, text, uuid, boolean)
    TO tribina_admin, tribina_box_office;
-- "Is this person banned?" without reading the blacklist: every selling channel and support.
GRANT EXECUTE ON FUNCTION blacklist_check(text, text)
    TO tribina_admin, tribina_box_office, tribina_petrol, tribina_support;
-- Shift reports.
GRANT SELECT ON counter_shifts, counter_shift_entries, counter_shift_totals_view
    TO tribina_admin, tribina_reporting;
GRANT SELECT ON counter_shifts TO tribina_box_office;
-- Not narrowed: UPDATE on match_seat_inventory stays with tribina_box_office (0003) because
-- existing suites (tst_changelistener, tests/cache) write seat status as a box-office clerk.
-- The counter itself changes seats only through the functions above.
