-- 0012_sale_speed.sql — a faster counter sale (issue 6), same behaviour.
--
-- Where a sale's time went (one seller, demo cluster, pg_stat_user_functions + auto_explain):
-- pii_encrypt ≈ 0.55 ms per holder, almost all of it the iterated-and-salted S2K of
-- pgp_sym_encrypt's default (65536 SHA-1 rounds to stretch a passphrase) — pointless here, the
-- "passphrase" is a random 256-bit key; ticket_qr_sign ≈ 1.1 ms per ticket, one look-up of the
-- ticket_print_data view (a ten-table join, re-planned per call while its plan is custom) and one
-- UPDATE per ticket. This migration:
--   * pii_encrypt: 's2k-mode=1' (salted, one pass) with AES-256 as before. pii_decrypt is
--     unchanged: the S2K mode is stored in every message, so values written before and after this
--     migration both decrypt (tests/boxoffice/tst_salespeed.cpp).
--   * ticket_qr_sign_tickets(ids[]): signs many tickets in one statement — one read of the view,
--     one key look-up per match, one UPDATE — with exactly ticket_qr_sign's payload and checks.
--   * issue_tickets: as in 0009, but signs all tickets of the sale at the end with
--     ticket_qr_sign_tickets instead of ticket_qr_sign per ticket.
-- ticket_qr_sign(uuid) stays as it is (reissues and other callers sign one ticket).
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.

SET LOCAL search_path = public;

-- Same key, same cipher; single-pass salted S2K (the key is random, there is nothing to stretch).
CREATE OR REPLACE FUNCTION pii_encrypt(p_value text) RETURNS bytea
    LANGUAGE sql VOLATILE STRICT SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT pgp_sym_encrypt(p_value, encode(s.secret, 'hex'), 'cipher-algo=aes256, s2k-mode=1')
    FROM app_secrets s WHERE s.name = 'pii_key'
$$;

-- Internal (EXECUTE granted to nobody; issue_tickets calls it). Signs the given tickets as
-- ticket_qr_sign (0005) signs one: same payload, same refusals (a missing ticket, one not SOLD,
-- a barcode Tribina did not issue), stores each payload in tickets.qr_code_data and returns them.
CREATE FUNCTION ticket_qr_sign_tickets(p_tickets uuid[])
    RETURNS TABLE (ticket_id uuid, qr_code_data text)
    LANGUAGE plpgsql VOLATILE STRICT SECURITY DEFINER
    SET search_path = public, pg_temp
    -- Every statement here looks rows up by id: the generic plan is the right one, and planning
    -- the ten-table view afresh per call (custom plans) costs more than executing it.
    SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    v record;
    v_key_match uuid;
    v_key bytea;
    v_message bytea;
    v_ids uuid[] := '{}';
    v_payloads text[] := '{}';
BEGIN
    -- One read of the view for all tickets. The LIMIT 1 keeps each look-up a lateral index probe
    -- by ticket id (the planner cannot flatten it into a hash join over every ticket).
    FOR v IN
        SELECT x.id, d.found, d.barcode, d.match_id, d.seat_label, d.ticket_status
        FROM unnest(p_tickets) WITH ORDINALITY AS x(id, n)
        LEFT JOIN LATERAL (
            SELECT true AS found, pd.barcode, pd.match_id, pd.seat_label, pd.ticket_status
            FROM ticket_print_data pd WHERE pd.ticket_id = x.id LIMIT 1
        ) d ON true
        ORDER BY x.n
    LOOP
        IF v.found IS NULL THEN
            RAISE EXCEPTION 'ticket % does not exist', v.id USING ERRCODE = 'no_data_found';
        END IF;
        IF v.ticket_status <> 'SOLD' THEN
            RAISE EXCEPTION 'ticket % is %; only sold tickets get a signed code', v.id, v.ticket_status
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        IF NOT ticket_barcode_is_valid(v.barcode) THEN
            RAISE EXCEPTION 'ticket % has the barcode "%", which Tribina did not issue', v.id, v.barcode
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF v_key_match IS DISTINCT FROM v.match_id THEN -- a sale is one match: one key look-up
            v_key := match_signing_key(v.match_id);
            v_key_match := v.match_id;
        END IF;
        -- The payload exactly as ticket_qr_sign (0005) builds it.
        v_message := convert_to('HNS1' || chr(10) || v.barcode || chr(10) || v.match_id::text || chr(10)
                                || v.seat_label, 'UTF8');
        v_ids := v_ids || v.id;
        v_payloads := v_payloads || ('HNS1.' || v.barcode
            || '.' || ticket_qr_base32(decode(replace(v.match_id::text, '-', ''), 'hex'))
            || '.' || ticket_qr_escape(v.seat_label)
            || '.' || translate(rtrim(encode(substr(hmac(v_message, v_key, 'sha256'), 1, 16),
                                             'base64'), '='), '+/', '-_'));
    END LOOP;
    UPDATE tickets t SET qr_code_data = u.payload
    FROM unnest(v_ids, v_payloads) AS u(id, payload)
    WHERE t.id = u.id;
    RETURN QUERY SELECT u.id, u.payload FROM unnest(v_ids, v_payloads) WITH ORDINALITY AS u(id, payload, n) ORDER BY u.n;
END
$$;
REVOKE ALL ON FUNCTION ticket_qr_sign_tickets(uuid[]) FROM PUBLIC;

-- THE ticket issuer (0009), unchanged but for its last step: the tickets of the sale are signed
-- together by ticket_qr_sign_tickets, and the rows are returned after that, in p_seats order.
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
    -- The rows to return, collected so the tickets can be signed in one statement at the end.
    o_ids uuid[] := '{}';
    o_price numeric[] := '{}';
    o_fee numeric[] := '{}';
    o_ticket_vat numeric[] := '{}';
    o_fee_vat numeric[] := '{}';
    o_labels text[] := '{}';
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

        o_ids := o_ids || v_ticket;
        o_price := o_price || p.ticket_amount;
        o_fee := o_fee || p.fee_amount;
        o_ticket_vat := o_ticket_vat || p.ticket_vat_amount;
        o_fee_vat := o_fee_vat || p.fee_vat_amount;
        o_labels := o_labels || (v_seat.sector_code || '-' || v_seat.row_identifier || '-' || v_seat.seat_number);
        o_names := o_names || btrim(h->>'full_name');
        o_minors := o_minors || v_minor;
    END LOOP;

    -- 5. Sign all tickets of the sale in one statement (0012: ticket_qr_sign_tickets), and return
    --    one row per ticket in p_seats order.
    RETURN QUERY
    SELECT o.id, p_seats[o.n::integer], v_barcodes[o.n::integer], s.qr_code_data, o.price,
           o.ticket_vat, o.fee, o.fee_vat, o.label, o.name, o.minor
    FROM unnest(o_ids, o_price, o_ticket_vat, o_fee, o_fee_vat, o_labels, o_names, o_minors)
             WITH ORDINALITY AS o(id, price, ticket_vat, fee, fee_vat, label, name, minor, n)
    JOIN ticket_qr_sign_tickets(o_ids) s ON s.ticket_id = o.id
    ORDER BY o.n;
END
$$;

-- CREATE OR REPLACE keeps 0009's grants (none: internal), and pii_encrypt's of 0003.
