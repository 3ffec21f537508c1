-- 0011_petrol.sql — petrol-station PIN redemption (issue 8).
--
-- A fan creates a 5-digit PIN in the mobile app (petrol_pins: match, quantity, holders); an
-- attendant at a petrol station (tribina_petrol) turns it into printed tickets:
--   petrol_lookup_pin      PIN → its details (masked), or a plain refusal; throttled
--   petrol_reserve         the client's proposed seats from the match's petrol allocation, 20 min
--   petrol_verify_identity document seen; blacklist and one-ticket-per-person checks per holder
--   petrol_complete        order, tickets, holders, payment, petrol_sales, PIN USED (idempotent)
--   petrol_cancel          releases the seats at once, with the reason
-- The petrol role never reads petrol_pins (0003 grants nothing on it; every step is a SECURITY
-- DEFINER function here). Look-ups return a status and never raise for a bad PIN: a raised error
-- would roll back the record of the attempt (so guessing would not be counted) and would put
-- the PIN into the server log (Qt's QPSQL sends values inline, see TOOLCHAIN.md).
--
-- Throttling (README.md, "Petrol stations", justifies the numbers against the 100,000 PINs):
--   attendant: 5 failed look-ups within 10 minutes → no look-ups for 15 minutes;
--   station:   10 failed look-ups within 60 minutes, by all its attendants together → the
--              station is locked for 60 minutes. A successful look-up resets neither count.
-- Administrators list and lift lockouts (petrol_lockouts_active, petrol_lockout_lift); a lift
-- also starts the subject's failure count afresh.
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.

SET LOCAL search_path = public;

-- =============================================================================================
-- Stations and attendants
-- =============================================================================================
CREATE TABLE petrol_stations (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code        varchar(20) NOT NULL CONSTRAINT petrol_stations_code_key UNIQUE,
    name        varchar(255) NOT NULL,
    address     varchar(500),
    is_active   boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- The station an attendant works at: the unit of the station-wide limit. An attendant without a
-- station counts in one shared "no station" bucket, so leaving the column empty never lifts the
-- station-wide limit.
ALTER TABLE staff_accounts ADD COLUMN petrol_station_id uuid REFERENCES petrol_stations (id);

-- =============================================================================================
-- PINs: unique among live PINs only
-- =============================================================================================
-- 5 digits are 100,000 codes; a PIN lives 24 hours. The model's UNIQUE (pin) over all rows
-- would run out of codes; uniqueness is needed only among ACTIVE PINs (a look-up of a number
-- prefers the ACTIVE one, else the newest).
DROP INDEX idx_petrol_pins_pin;
CREATE UNIQUE INDEX idx_petrol_pins_pin ON petrol_pins (pin) WHERE status = 'ACTIVE';
CREATE INDEX idx_petrol_pins_pin_all ON petrol_pins (pin, created_at);

-- =============================================================================================
-- A controllable clock for tests
-- =============================================================================================
-- Every petrol step reads the time through petrol_now(): now(), unless the one row of
-- petrol_test_clock says otherwise. Tests move time (the 20-minute expiry, the lockout windows)
-- by writing that row as the superuser, visible to every session at once, without sleeping.
-- Why a table and not a setting (SET tribina.test_now): any client can SET a custom setting in
-- its own session, so a petrol login could move its own clock back and keep an expired
-- reservation or escape a lockout. Nobody but the owner can write this table (no grants), and
-- the owner is the migration role; production never has a row in it.
CREATE TABLE petrol_test_clock (
    only_row      boolean PRIMARY KEY DEFAULT true CONSTRAINT petrol_test_clock_one_row CHECK (only_row),
    now_override  timestamptz NOT NULL
);
REVOKE ALL ON TABLE petrol_test_clock FROM PUBLIC;

CREATE FUNCTION petrol_now() RETURNS timestamptz
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT coalesce((SELECT now_override FROM petrol_test_clock WHERE only_row), now())
$$;
REVOKE ALL ON FUNCTION petrol_now() FROM PUBLIC;

-- =============================================================================================
-- Look-up attempts and lockouts
-- =============================================================================================
-- Every look-up, successful or not, one row; never changed, never deleted. No PIN is stored:
-- the log must not become a list of valid PINs.
CREATE TABLE petrol_pin_attempts (
    id            bigserial PRIMARY KEY,
    staff_id      uuid NOT NULL REFERENCES users (id),
    station_id    uuid REFERENCES petrol_stations (id),
    match_id      uuid REFERENCES matches (id),
    outcome       text NOT NULL,
    is_failure    boolean NOT NULL,
    attempted_at  timestamptz NOT NULL
);
CREATE INDEX idx_petrol_pin_attempts_staff ON petrol_pin_attempts (staff_id, attempted_at) WHERE is_failure;
CREATE INDEX idx_petrol_pin_attempts_station ON petrol_pin_attempts (station_id, attempted_at) WHERE is_failure;

CREATE FUNCTION petrol_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION '% are append-only', replace(TG_TABLE_NAME, '_', ' ')
        USING ERRCODE = 'insufficient_privilege';
END
$$;
REVOKE ALL ON FUNCTION petrol_refuse_change() FROM PUBLIC;
CREATE TRIGGER petrol_refuse_change BEFORE UPDATE OR DELETE ON petrol_pin_attempts
    FOR EACH ROW EXECUTE FUNCTION petrol_refuse_change();
CREATE TRIGGER petrol_refuse_truncate BEFORE TRUNCATE ON petrol_pin_attempts
    FOR EACH STATEMENT EXECUTE FUNCTION petrol_refuse_change();

-- A lockout of one attendant or one station. reset_after_attempt: failures up to this attempt
-- no longer count towards the next lockout (set to the triggering attempt, and to the latest
-- attempt when an administrator lifts it, so a lift gives a fresh start).
CREATE TABLE petrol_lockouts (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    scope                text NOT NULL CONSTRAINT petrol_lockouts_scope CHECK (scope IN ('ATTENDANT', 'STATION')),
    staff_id             uuid REFERENCES users (id),
    station_id           uuid REFERENCES petrol_stations (id),
    failures             integer NOT NULL,
    locked_at            timestamptz NOT NULL,
    locked_until         timestamptz NOT NULL,
    reset_after_attempt  bigint NOT NULL,
    lifted_at            timestamptz,
    lifted_by            uuid REFERENCES users (id),
    lift_reason          varchar(255),
    CONSTRAINT petrol_lockouts_subject CHECK (scope = 'STATION' OR staff_id IS NOT NULL)
);
CREATE INDEX idx_petrol_lockouts_staff ON petrol_lockouts (staff_id, locked_until);
CREATE INDEX idx_petrol_lockouts_station ON petrol_lockouts (station_id, locked_until);

-- The limits in one place (README.md justifies them).
CREATE FUNCTION petrol_limits(OUT attendant_failures integer, OUT attendant_window interval,
                              OUT attendant_lockout interval, OUT station_failures integer,
                              OUT station_window interval, OUT station_lockout interval)
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT 5, interval '10 minutes', interval '15 minutes',
           10, interval '60 minutes', interval '60 minutes'
$$;
REVOKE ALL ON FUNCTION petrol_limits() FROM PUBLIC;

-- When the attendant (or their station) may look up again; NULL when not locked out.
CREATE FUNCTION petrol_locked_until(p_staff uuid, p_station uuid) RETURNS timestamptz
    LANGUAGE sql STABLE
    SET search_path = public, pg_temp
AS $$
    SELECT max(locked_until) FROM petrol_lockouts
    WHERE lifted_at IS NULL AND locked_until > petrol_now()
      AND ((scope = 'ATTENDANT' AND staff_id = p_staff)
           OR (scope = 'STATION' AND station_id IS NOT DISTINCT FROM p_station))
$$;
REVOKE ALL ON FUNCTION petrol_locked_until(uuid, uuid) FROM PUBLIC;

-- Records one look-up and, for a failure, locks the attendant or station out when a limit is
-- reached. LOCKED_OUT look-ups are recorded but do not count (a lockout must not extend itself).
CREATE FUNCTION petrol_record_attempt(p_staff uuid, p_station uuid, p_match uuid, p_outcome text)
    RETURNS void
    LANGUAGE plpgsql VOLATILE
    SET search_path = public, pg_temp
AS $$
DECLARE
    lim        record;
    v_now      timestamptz := petrol_now();
    v_failure  boolean := p_outcome NOT IN ('OK', 'LOCKED_OUT');
    v_attempt  bigint;
    v_boundary bigint;
    v_count    integer;
BEGIN
    SELECT * INTO lim FROM petrol_limits();
    IF v_failure THEN
        -- Failures of one station are counted one at a time, so two concurrent failures cannot
        -- both see "one below the limit" (advisory class 1011, the station or the no-station bucket).
        PERFORM pg_advisory_xact_lock(1011, hashtext(coalesce(p_station::text, 'no station')));
    END IF;
    INSERT INTO petrol_pin_attempts (staff_id, station_id, match_id, outcome, is_failure, attempted_at)
    VALUES (p_staff, p_station, p_match, p_outcome, v_failure, v_now)
    RETURNING id INTO v_attempt;
    IF NOT v_failure THEN
        RETURN;
    END IF;

    -- The attendant
    SELECT coalesce(max(reset_after_attempt), 0) INTO v_boundary
    FROM petrol_lockouts WHERE scope = 'ATTENDANT' AND staff_id = p_staff;
    SELECT count(*) INTO v_count FROM petrol_pin_attempts
    WHERE is_failure AND staff_id = p_staff AND id > v_boundary
      AND attempted_at > v_now - lim.attendant_window;
    IF v_count >= lim.attendant_failures THEN
        INSERT INTO petrol_lockouts (scope, staff_id, station_id, failures, locked_at, locked_until,
                                     reset_after_attempt)
        VALUES ('ATTENDANT', p_staff, p_station, v_count, v_now, v_now + lim.attendant_lockout, v_attempt);
    END IF;

    -- The station: every attendant's failures together
    SELECT coalesce(max(reset_after_attempt), 0) INTO v_boundary
    FROM petrol_lockouts WHERE scope = 'STATION' AND station_id IS NOT DISTINCT FROM p_station;
    SELECT count(*) INTO v_count FROM petrol_pin_attempts
    WHERE is_failure AND station_id IS NOT DISTINCT FROM p_station AND id > v_boundary
      AND attempted_at > v_now - lim.station_window;
    IF v_count >= lim.station_failures THEN
        INSERT INTO petrol_lockouts (scope, staff_id, station_id, failures, locked_at, locked_until,
                                     reset_after_attempt)
        VALUES ('STATION', NULL, p_station, v_count, v_now, v_now + lim.station_lockout, v_attempt);
    END IF;
END
$$;
REVOKE ALL ON FUNCTION petrol_record_attempt(uuid, uuid, uuid, text) FROM PUBLIC;

-- =============================================================================================
-- The petrol allocation: a quota of seats set aside for petrol sales
-- =============================================================================================
-- An administrator creates the quota with the quota manager's tools and marks it as the match's
-- petrol allocation; one active per match. Its quota_seats are ALLOCATED (free for petrol),
-- RESERVED (held by a live petrol reservation) or SOLD. The inventory rows stay ALLOCATED while
-- a reservation holds them (a counter never sees them as available: an expired counter hold is
-- RESERVED-with-held_until, a state petrol seats never take) and become SOLD with the ticket.
ALTER TABLE quotas ADD COLUMN is_petrol_allocation boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX idx_quotas_one_petrol_per_match ON quotas (match_id)
    WHERE is_petrol_allocation AND status IN ('PENDING', 'ACTIVE');

CREATE FUNCTION petrol_allocation_quota(p_match uuid) RETURNS uuid
    LANGUAGE sql STABLE
    SET search_path = public, pg_temp
AS $$
    SELECT id FROM quotas
    WHERE match_id = p_match AND is_petrol_allocation AND status IN ('PENDING', 'ACTIVE')
$$;
REVOKE ALL ON FUNCTION petrol_allocation_quota(uuid) FROM PUBLIC;

-- Marks an existing quota as its match's petrol allocation (admin). Another active petrol
-- allocation of the match is refused by the unique index.
CREATE FUNCTION petrol_allocation_mark(p_quota uuid) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_match uuid;
BEGIN
    UPDATE quotas SET is_petrol_allocation = true WHERE id = p_quota RETURNING match_id INTO v_match;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'quota % does not exist', p_quota USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM audit_event('quota_change', v_match, p_quota, jsonb_build_object('petrol_allocation', true));
END
$$;
REVOKE ALL ON FUNCTION petrol_allocation_mark(uuid) FROM PUBLIC;

-- The free seats of a match's petrol allocation, for the client to rank (snake) and propose.
CREATE FUNCTION petrol_allocation_seats(p_match uuid)
    RETURNS TABLE (inventory_id uuid, seat_id uuid, sector_code text, row_label text, seat_label text,
                   row_order integer, seat_index integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT qs.match_seat_inventory_id, i.seat_id, sec.code::text, s.row_identifier::text,
           s.seat_number::text, s.row_order, s.seat_index
    FROM quota_seats qs
    JOIN match_seat_inventory i ON i.id = qs.match_seat_inventory_id
    JOIN seats s ON s.id = i.seat_id
    JOIN sectors sec ON sec.id = s.sector_id
    WHERE qs.quota_id = petrol_allocation_quota(p_match) AND qs.status = 'ALLOCATED'
      AND i.status = 'ALLOCATED'
$$;
REVOKE ALL ON FUNCTION petrol_allocation_seats(uuid) FROM PUBLIC;

-- Whether a match can still be sold at petrol stations: published or on sale, not yet kicked
-- off, with an active petrol allocation.
CREATE FUNCTION petrol_sale_open(p_match uuid) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = public, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM matches m
                   WHERE m.id = p_match AND m.status IN ('PUBLISHED', 'ACTIVE')
                     AND m.kick_off_time > petrol_now())
       AND petrol_allocation_quota(p_match) IS NOT NULL
$$;
REVOKE ALL ON FUNCTION petrol_sale_open(uuid) FROM PUBLIC;

-- The matches an attendant can sell now, with the free seats of their petrol allocation.
CREATE FUNCTION petrol_matches_on_sale()
    RETURNS TABLE (match_id uuid, home_team text, away_team text, competition text,
                   kick_off_time timestamptz, venue text, free_seats integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT m.id, m.home_team::text, m.away_team::text, m.competition::text, m.kick_off_time,
           st.name::text,
           (SELECT count(*)::integer FROM quota_seats qs
            WHERE qs.quota_id = petrol_allocation_quota(m.id) AND qs.status = 'ALLOCATED')
    FROM matches m JOIN stadiums st ON st.id = m.venue_id
    WHERE petrol_sale_open(m.id)
    ORDER BY m.kick_off_time
$$;
REVOKE ALL ON FUNCTION petrol_matches_on_sale() FROM PUBLIC;

-- =============================================================================================
-- Reservations: extra columns, expiry
-- =============================================================================================
ALTER TABLE petrol_reservations
    ADD COLUMN document_type text CONSTRAINT petrol_reservations_document_type
        CHECK (document_type IN ('ID_CARD', 'PASSPORT', 'DRIVING_LICENCE')),
    -- 0-based indexes into the PIN's holders whose ticket is blocked (blacklist, or the holder
    -- already has a ticket for the match); their seats went back to the allocation.
    ADD COLUMN blocked_holders integer[] NOT NULL DEFAULT '{}',
    ADD COLUMN station_id uuid REFERENCES petrol_stations (id);
-- One live reservation per PIN: two attendants redeeming the same PIN at once cannot both hold
-- seats (the second insert fails; petrol_reserve also locks the PIN row first and says so).
CREATE UNIQUE INDEX idx_petrol_reservations_live_pin ON petrol_reservations (pin_id)
    WHERE status IN ('RESERVED', 'IDENTITY_VERIFIED');

-- Puts a reservation's still-reserved seats back into the petrol allocation.
CREATE FUNCTION petrol_release_seats(p_pin uuid, p_seats uuid[]) RETURNS void
    LANGUAGE sql VOLATILE
    SET search_path = public, pg_temp
AS $$
    UPDATE quota_seats qs SET status = 'ALLOCATED'
    FROM petrol_pins p
    WHERE p.id = p_pin AND qs.quota_id IN (SELECT id FROM quotas WHERE match_id = p.match_id AND is_petrol_allocation)
      AND qs.match_seat_inventory_id = ANY (p_seats) AND qs.status = 'RESERVED'
$$;
REVOKE ALL ON FUNCTION petrol_release_seats(uuid, uuid[]) FROM PUBLIC;

-- Expires what is due: live reservations past their 20 minutes (seats back to the allocation,
-- their PIN EXPIRED) and ACTIVE PINs past expires_at. p_pin limits the sweep to one PIN (every
-- step does that for its own PIN); NULL sweeps everything (a periodic job, the admin screen).
-- Returns the number of reservations expired.
CREATE FUNCTION petrol_sweep_expired(p_pin uuid DEFAULT NULL) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_now timestamptz := petrol_now();
    r     record;
    v_n   integer := 0;
BEGIN
    FOR r IN UPDATE petrol_reservations SET status = 'EXPIRED'
             WHERE status IN ('RESERVED', 'IDENTITY_VERIFIED') AND expires_at <= v_now
               AND (p_pin IS NULL OR pin_id = p_pin)
             RETURNING id, pin_id, seats LOOP
        PERFORM petrol_release_seats(r.pin_id, r.seats);
        UPDATE petrol_pins SET status = 'EXPIRED' WHERE id = r.pin_id AND status = 'ACTIVE';
        v_n := v_n + 1;
    END LOOP;
    UPDATE petrol_pins SET status = 'EXPIRED'
    WHERE status = 'ACTIVE' AND expires_at <= v_now AND (p_pin IS NULL OR id = p_pin)
      AND NOT EXISTS (SELECT 1 FROM petrol_reservations pr
                      WHERE pr.pin_id = petrol_pins.id AND pr.status IN ('RESERVED', 'IDENTITY_VERIFIED'));
    RETURN v_n;
END
$$;
REVOKE ALL ON FUNCTION petrol_sweep_expired(uuid) FROM PUBLIC;

-- =============================================================================================
-- Holders as the attendant sees them
-- =============================================================================================
-- ticket_holders_json (written by the mobile app): an array with one object per ticket:
--   {"full_name", "date_of_birth" (YYYY-MM-DD), "nationality", "oib" | "passport", "source"?,
--    "email"?, "phone"?}
-- The attendant sees the name and a masked ID: the last 4 characters, enough to compare with the
-- document in hand, useless as a list of IDs.
CREATE FUNCTION petrol_mask_id(p_id text) RETURNS text
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE WHEN p_id IS NULL OR p_id = '' THEN NULL
                ELSE repeat('*', greatest(length(p_id) - 4, 3)) || right(p_id, 4) END
$$;
REVOKE ALL ON FUNCTION petrol_mask_id(text) FROM PUBLIC;

CREATE FUNCTION petrol_masked_holders(p_holders jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    SET search_path = public, pg_temp
AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'index', h.ord - 1,
               'full_name', h.value ->> 'full_name',
               'id_masked', petrol_mask_id(coalesce(h.value ->> 'oib', h.value ->> 'passport')),
               'id_kind', CASE WHEN h.value ? 'oib' THEN 'OIB' ELSE 'PASSPORT' END)
           ORDER BY h.ord), '[]'::jsonb)
    FROM jsonb_array_elements(p_holders) WITH ORDINALITY AS h(value, ord)
$$;
REVOKE ALL ON FUNCTION petrol_masked_holders(jsonb) FROM PUBLIC;

-- =============================================================================================
-- Step 1: look a PIN up
-- =============================================================================================
-- status: OK, UNKNOWN, USED, EXPIRED (an ACTIVE PIN past expires_at counts as EXPIRED),
-- CANCELLED, WRONG_MATCH (the PIN is for another match than p_match; NULL p_match accepts any),
-- SALE_CLOSED (the match is not on sale at petrol stations), LOCKED_OUT (locked_until says until
-- when). The PIN's details only with OK. server_now lets the client run its countdowns on the
-- server's clock.
CREATE FUNCTION petrol_lookup_pin(p_pin text, p_match uuid)
    RETURNS TABLE (status text, locked_until timestamptz, pin_id uuid, match_id uuid,
                   quantity integer, holders jsonb, expires_at timestamptz, server_now timestamptz)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_staff   uuid := current_staff_user_id();
    v_station uuid;
    v_now     timestamptz := petrol_now();
    v_locked  timestamptz;
    v_status  text;
    p         petrol_pins%ROWTYPE;
BEGIN
    IF v_staff IS NULL THEN
        RAISE EXCEPTION 'only staff can look PINs up' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT s.petrol_station_id INTO v_station FROM staff_accounts s WHERE s.user_id = v_staff;

    v_locked := petrol_locked_until(v_staff, v_station);
    IF v_locked IS NOT NULL THEN
        PERFORM petrol_record_attempt(v_staff, v_station, p_match, 'LOCKED_OUT');
        RETURN QUERY SELECT 'LOCKED_OUT'::text, v_locked, NULL::uuid, NULL::uuid, NULL::integer,
                            NULL::jsonb, NULL::timestamptz, v_now;
        RETURN;
    END IF;

    IF p_pin IS NOT NULL AND p_pin ~ '^[0-9]{5}$' THEN
        SELECT * INTO p FROM petrol_pins pp WHERE pp.pin = p_pin
        ORDER BY (pp.status = 'ACTIVE') DESC, pp.created_at DESC LIMIT 1;
    END IF;
    IF p.id IS NULL THEN
        v_status := 'UNKNOWN';
    ELSE
        PERFORM petrol_sweep_expired(p.id);
        SELECT * INTO p FROM petrol_pins pp WHERE pp.id = p.id;
        v_status := CASE
            WHEN p.status = 'USED' THEN 'USED'
            WHEN p.status = 'CANCELLED' THEN 'CANCELLED'
            WHEN p.status = 'EXPIRED' OR p.expires_at <= v_now THEN 'EXPIRED'
            WHEN p_match IS NOT NULL AND p.match_id <> p_match THEN 'WRONG_MATCH'
            WHEN NOT petrol_sale_open(p.match_id) THEN 'SALE_CLOSED'
            ELSE 'OK' END;
    END IF;

    PERFORM petrol_record_attempt(v_staff, v_station, coalesce(p.match_id, p_match), v_status);
    v_locked := petrol_locked_until(v_staff, v_station);
    IF v_status <> 'OK' THEN
        RETURN QUERY SELECT v_status, v_locked, NULL::uuid, NULL::uuid, NULL::integer,
                            NULL::jsonb, NULL::timestamptz, v_now;
        RETURN;
    END IF;
    RETURN QUERY SELECT v_status, NULL::timestamptz, p.id, p.match_id, p.quantity,
                        petrol_masked_holders(p.ticket_holders_json), p.expires_at, v_now;
END
$$;
REVOKE ALL ON FUNCTION petrol_lookup_pin(text, uuid) FROM PUBLIC;

-- =============================================================================================
-- Step 2: reserve the proposed seats
-- =============================================================================================
-- p_pin: the pin_id an OK look-up returned (a UUID: not guessable, so this step needs no
-- throttle of its own). p_inventory_ids: one seat per ticket, holder i gets seat i; the client
-- proposes the best seats (snake ranking), the database checks that each belongs to the match's
-- petrol allocation and is free, and takes them all or none.
-- status: OK (reservation_id, expires_at = 20 minutes, no extension), RESUMED (this attendant's
-- own live reservation of the PIN, unchanged), UNKNOWN, USED, EXPIRED, CANCELLED, SALE_CLOSED,
-- IN_PROGRESS (another attendant holds a live reservation of this PIN), WRONG_QUANTITY,
-- SEATS_TAKEN (unavailable lists the seats that are not free: propose again).
CREATE FUNCTION petrol_reserve(p_pin uuid, p_inventory_ids uuid[])
    RETURNS TABLE (status text, reservation_id uuid, expires_at timestamptz, seats uuid[],
                   unavailable uuid[], server_now timestamptz)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_staff    uuid := current_staff_user_id();
    v_station  uuid;
    v_now      timestamptz := petrol_now();
    v_quota    uuid;
    v_bad      uuid[];
    v_taken    uuid[];
    p          petrol_pins%ROWTYPE;
    live       petrol_reservations%ROWTYPE;
    v_id       uuid;
BEGIN
    IF v_staff IS NULL THEN
        RAISE EXCEPTION 'only staff can reserve petrol seats' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT s.petrol_station_id INTO v_station FROM staff_accounts s WHERE s.user_id = v_staff;
    -- Lock the PIN: two attendants redeeming it at once are served one after the other.
    SELECT * INTO p FROM petrol_pins pp WHERE pp.id = p_pin FOR UPDATE;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'UNKNOWN'::text, NULL::uuid, NULL::timestamptz, NULL::uuid[], NULL::uuid[], v_now;
        RETURN;
    END IF;
    PERFORM petrol_sweep_expired(p.id);
    SELECT * INTO p FROM petrol_pins pp WHERE pp.id = p_pin;

    SELECT * INTO live FROM petrol_reservations r
    WHERE r.pin_id = p.id AND r.status IN ('RESERVED', 'IDENTITY_VERIFIED');
    IF FOUND THEN
        IF live.staff_id = v_staff THEN
            RETURN QUERY SELECT 'RESUMED'::text, live.id, live.expires_at, live.seats, NULL::uuid[], v_now;
        ELSE
            RETURN QUERY SELECT 'IN_PROGRESS'::text, NULL::uuid, NULL::timestamptz, NULL::uuid[], NULL::uuid[], v_now;
        END IF;
        RETURN;
    END IF;

    IF p.status <> 'ACTIVE' OR p.expires_at <= v_now THEN
        RETURN QUERY SELECT (CASE WHEN p.status = 'ACTIVE' THEN 'EXPIRED' ELSE p.status::text END),
                            NULL::uuid, NULL::timestamptz, NULL::uuid[], NULL::uuid[], v_now;
        RETURN;
    END IF;
    IF NOT petrol_sale_open(p.match_id) THEN
        RETURN QUERY SELECT 'SALE_CLOSED'::text, NULL::uuid, NULL::timestamptz, NULL::uuid[], NULL::uuid[], v_now;
        RETURN;
    END IF;
    IF p_inventory_ids IS NULL OR cardinality(p_inventory_ids) <> p.quantity
       OR (SELECT count(DISTINCT x) FROM unnest(p_inventory_ids) x) <> p.quantity THEN
        RETURN QUERY SELECT 'WRONG_QUANTITY'::text, NULL::uuid, NULL::timestamptz, NULL::uuid[], NULL::uuid[], v_now;
        RETURN;
    END IF;

    v_quota := petrol_allocation_quota(p.match_id);
    -- Conditional: only seats of this allocation that are free right now.
    WITH taken AS (
        UPDATE quota_seats qs SET status = 'RESERVED'
        FROM match_seat_inventory i
        WHERE qs.quota_id = v_quota AND qs.match_seat_inventory_id = ANY (p_inventory_ids)
          AND qs.status = 'ALLOCATED' AND i.id = qs.match_seat_inventory_id
          AND i.match_id = p.match_id AND i.status = 'ALLOCATED'
        RETURNING qs.match_seat_inventory_id AS id)
    SELECT coalesce(array_agg(id), '{}') INTO v_taken FROM taken;
    IF cardinality(v_taken) < p.quantity THEN
        SELECT array_agg(x) INTO v_bad FROM unnest(p_inventory_ids) x WHERE x <> ALL (v_taken);
        -- Put back what this call took: all or nothing.
        PERFORM petrol_release_seats(p.id, v_taken);
        RETURN QUERY SELECT 'SEATS_TAKEN'::text, NULL::uuid, NULL::timestamptz, NULL::uuid[], v_bad, v_now;
        RETURN;
    END IF;

    INSERT INTO petrol_reservations (pin_id, staff_id, seats, status, reserved_at, expires_at, station_id)
    VALUES (p.id, v_staff, p_inventory_ids, 'RESERVED', v_now, v_now + interval '20 minutes', v_station)
    RETURNING id INTO v_id;
    RETURN QUERY SELECT 'OK'::text, v_id, v_now + interval '20 minutes', p_inventory_ids, NULL::uuid[], v_now;
END
$$;
REVOKE ALL ON FUNCTION petrol_reserve(uuid, uuid[]) FROM PUBLIC;

-- The live reservation p_reservation of the calling attendant (administrators: anyone's),
-- locked, after sweeping its PIN. NULL when there is none; *status says why.
CREATE FUNCTION petrol_live_reservation(p_reservation uuid, OUT r petrol_reservations, OUT status text)
    LANGUAGE plpgsql VOLATILE
    SET search_path = public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_pin uuid;
BEGIN
    SELECT pin_id INTO v_pin FROM petrol_reservations WHERE id = p_reservation;
    IF NOT FOUND THEN
        status := 'UNKNOWN';
        RETURN;
    END IF;
    -- Same lock order as petrol_reserve: the PIN first, then the reservation.
    PERFORM 1 FROM petrol_pins WHERE id = v_pin FOR UPDATE;
    PERFORM petrol_sweep_expired(v_pin);
    SELECT * INTO r FROM petrol_reservations WHERE id = p_reservation FOR UPDATE;
    IF r.staff_id <> current_staff_user_id() AND NOT pg_has_role(session_user, 'tribina_admin', 'MEMBER') THEN
        r := NULL;
        status := 'UNKNOWN';
    ELSIF r.status IN ('RESERVED', 'IDENTITY_VERIFIED') THEN
        status := 'OK';
    ELSE
        status := r.status::text; -- COMPLETED, CANCELLED, EXPIRED
    END IF;
END
$$;
REVOKE ALL ON FUNCTION petrol_live_reservation(uuid) FROM PUBLIC;

-- =============================================================================================
-- Step 3: identity
-- =============================================================================================
-- The attendant has seen the buyer's document (p_document_type: ID_CARD, PASSPORT,
-- DRIVING_LICENCE). Every holder is checked: on the blacklist (blacklist_screen of 0009: a hit
-- writes a `violation` audit event), already holding a live ticket for the match, or the same ID twice in the PIN (the
-- counter's one-ticket-per-person-per-match rule). A blocked holder's ticket will not be issued
-- and its seat goes back to the allocation now.
-- status: OK (holders: [{index, full_name, id_masked, check: OK | BLACKLISTED | HAS_TICKET |
-- DUPLICATE}]), BAD_DOCUMENT, UNKNOWN, EXPIRED, CANCELLED, COMPLETED.
CREATE FUNCTION petrol_verify_identity(p_reservation uuid, p_document_type text)
    RETURNS TABLE (status text, holders jsonb)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    lr        record;
    p         petrol_pins%ROWTYPE;
    h         record;
    v_id      text;
    v_check   text;
    v_seen    text[] := '{}';
    v_blocked integer[] := '{}';
    v_banned  integer[];
    v_release uuid[] := '{}';
    v_out     jsonb := '[]';
BEGIN
    IF p_document_type IS NULL OR p_document_type NOT IN ('ID_CARD', 'PASSPORT', 'DRIVING_LICENCE') THEN
        RETURN QUERY SELECT 'BAD_DOCUMENT'::text, NULL::jsonb;
        RETURN;
    END IF;
    SELECT * INTO lr FROM petrol_live_reservation(p_reservation);
    IF lr.status <> 'OK' THEN
        RETURN QUERY SELECT lr.status, NULL::jsonb;
        RETURN;
    END IF;
    SELECT * INTO p FROM petrol_pins WHERE id = (lr.r).pin_id;
    -- The counter's screen (0009): indexes of banned holders, one `violation` event per hit.
    v_banned := blacklist_screen(p.match_id, p.ticket_holders_json, 'PETROL');

    FOR h IN SELECT value, ord - 1 AS idx
             FROM jsonb_array_elements(p.ticket_holders_json) WITH ORDINALITY AS x(value, ord)
             ORDER BY ord LOOP
        v_id := upper(btrim(coalesce(h.value ->> 'oib', h.value ->> 'passport', '')));
        v_check := 'OK';
        IF h.idx = ANY (v_banned) THEN
            v_check := 'BLACKLISTED';
        ELSIF v_id <> '' AND v_id = ANY (v_seen) THEN
            v_check := 'DUPLICATE';
        ELSIF v_id <> '' AND EXISTS (
                SELECT 1 FROM ticket_holders th JOIN tickets t ON t.id = th.ticket_id
                WHERE t.match_id = p.match_id AND t.status IN ('SOLD', 'ATTENDED')
                  AND (th.oib_hash = pii_hash(v_id) OR th.passport_hash = pii_hash(v_id))) THEN
            v_check := 'HAS_TICKET';
        END IF;
        v_seen := v_seen || v_id;
        IF v_check <> 'OK' THEN
            v_blocked := v_blocked || h.idx;
            v_release := v_release || (lr.r).seats[h.idx + 1];
        END IF;
        v_out := v_out || jsonb_build_object('index', h.idx, 'full_name', h.value ->> 'full_name',
                                             'id_masked', petrol_mask_id(v_id), 'check', v_check);
    END LOOP;

    PERFORM petrol_release_seats(p.id, v_release);
    UPDATE petrol_reservations
    SET status = 'IDENTITY_VERIFIED', identity_verified_at = petrol_now(),
        document_type = p_document_type, blocked_holders = v_blocked
    WHERE id = p_reservation;
    RETURN QUERY SELECT 'OK'::text, v_out;
END
$$;
REVOKE ALL ON FUNCTION petrol_verify_identity(uuid, text) FROM PUBLIC;

-- =============================================================================================
-- Cancel
-- =============================================================================================
-- Releases the seats at once and records why; the PIN stays ACTIVE (the fan may come back).
-- status: OK, NEED_REASON, UNKNOWN, COMPLETED, CANCELLED, EXPIRED.
CREATE FUNCTION petrol_cancel(p_reservation uuid, p_reason text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    lr      record;
    v_match uuid;
BEGIN
    IF p_reason IS NULL OR btrim(p_reason) = '' THEN
        RETURN 'NEED_REASON';
    END IF;
    SELECT * INTO lr FROM petrol_live_reservation(p_reservation);
    IF lr.status <> 'OK' THEN
        RETURN lr.status;
    END IF;
    PERFORM petrol_release_seats((lr.r).pin_id, (lr.r).seats);
    UPDATE petrol_reservations
    SET status = 'CANCELLED', cancelled_by = current_staff_user_id(),
        cancellation_reason = left(btrim(p_reason), 255)
    WHERE id = p_reservation;
    SELECT match_id INTO v_match FROM petrol_pins WHERE id = (lr.r).pin_id;
    PERFORM audit_event('petrol', v_match, p_reservation,
                        jsonb_build_object('action', 'cancel', 'reason', left(btrim(p_reason), 255)));
    RETURN 'OK';
END
$$;
REVOKE ALL ON FUNCTION petrol_cancel(uuid, text) FROM PUBLIC;

-- =============================================================================================
-- Lockouts for administrators
-- =============================================================================================
CREATE FUNCTION petrol_lockouts_active()
    RETURNS TABLE (lockout_id uuid, scope text, staff_login text, staff_name text,
                   station_code text, station_name text, failures integer,
                   locked_at timestamptz, locked_until timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT l.id, l.scope, sa.login_role, sa.full_name, st.code, st.name, l.failures,
           l.locked_at, l.locked_until
    FROM petrol_lockouts l
    LEFT JOIN staff_accounts sa ON sa.user_id = l.staff_id
    LEFT JOIN petrol_stations st ON st.id = l.station_id
    WHERE l.lifted_at IS NULL AND l.locked_until > petrol_now()
    ORDER BY l.locked_until DESC
$$;
REVOKE ALL ON FUNCTION petrol_lockouts_active() FROM PUBLIC;

-- Lifts a lockout; the subject's failures so far stop counting. false when it was not active.
CREATE FUNCTION petrol_lockout_lift(p_lockout uuid, p_reason text DEFAULT NULL) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    l petrol_lockouts%ROWTYPE;
BEGIN
    UPDATE petrol_lockouts
    SET lifted_at = petrol_now(), lifted_by = current_staff_user_id(), lift_reason = left(p_reason, 255),
        reset_after_attempt = (SELECT coalesce(max(id), 0) FROM petrol_pin_attempts)
    WHERE id = p_lockout AND lifted_at IS NULL AND locked_until > petrol_now()
    RETURNING * INTO l;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM audit_event('petrol', NULL, p_lockout, jsonb_build_object(
        'action', 'lockout_lift', 'scope', l.scope, 'staff', l.staff_id, 'station', l.station_id,
        'reason', p_reason));
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION petrol_lockout_lift(uuid, text) FROM PUBLIC;

-- =============================================================================================
-- Deep links
-- =============================================================================================
-- One per match (idx_petrol_deeplinks_match): the link a station's poster shows; scanning it
-- opens the match's petrol page in the mobile app, where the fan creates a PIN. The token makes
-- the link unguessable, so only stations with the poster advertise the sale.
-- Generating again returns the existing link (reactivated); p_renew draws a new token.
CREATE FUNCTION petrol_deeplink_generate(p_match uuid, p_renew boolean DEFAULT false)
    RETURNS TABLE (deeplink_id uuid, deeplink_url text, qr_code_data text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_url text := 'https://ulaznice.hns.hr/benzinska/' || p_match::text
                  || '?t=' || encode(gen_random_bytes(12), 'hex');
    d     petrol_deeplinks%ROWTYPE;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM matches WHERE id = p_match) THEN
        RAISE EXCEPTION 'match % does not exist', p_match USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO petrol_deeplinks (match_id, deeplink_url, qr_code_data)
    VALUES (p_match, v_url, v_url)
    ON CONFLICT (match_id) DO UPDATE
        SET is_active = true,
            deeplink_url = CASE WHEN p_renew THEN EXCLUDED.deeplink_url ELSE petrol_deeplinks.deeplink_url END,
            qr_code_data = CASE WHEN p_renew THEN EXCLUDED.qr_code_data ELSE petrol_deeplinks.qr_code_data END
    RETURNING * INTO d;
    PERFORM audit_event('petrol', p_match, d.id, jsonb_build_object('action', 'deeplink', 'renew', p_renew));
    RETURN QUERY SELECT d.id, d.deeplink_url::text, d.qr_code_data::text;
END
$$;
REVOKE ALL ON FUNCTION petrol_deeplink_generate(uuid, boolean) FROM PUBLIC;

-- =============================================================================================
-- Step 4: what it costs
-- =============================================================================================
-- The tickets the reservation will become (blocked holders left out) with the counter's pricing:
-- the seat's price category (match_sectors), the petrol quota's discount, match_price_breakdown
-- (0007). Used by the payment screen and by petrol_complete, so both show the same total.
CREATE FUNCTION petrol_quote(p_reservation uuid)
    RETURNS TABLE (holder_index integer, inventory_id uuid, sector_code text, row_label text,
                   seat_label text, category text, ticket_amount numeric, ticket_vat_amount numeric,
                   fee_amount numeric, fee_vat_amount numeric, total_amount numeric)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT (s.ord - 1)::integer, s.inv, sec.code::text, st.row_identifier::text, st.seat_number::text,
           pc.name::text, b.ticket_amount, b.ticket_vat_amount, b.fee_amount, b.fee_vat_amount,
           b.total_amount
    FROM petrol_reservations r
    JOIN petrol_pins p ON p.id = r.pin_id
    CROSS JOIN LATERAL unnest(r.seats) WITH ORDINALITY AS s(inv, ord)
    JOIN match_seat_inventory i ON i.id = s.inv
    JOIN seats st ON st.id = i.seat_id
    JOIN sectors sec ON sec.id = st.sector_id
    LEFT JOIN match_sectors ms ON ms.match_id = i.match_id AND ms.sector_id = st.sector_id
    LEFT JOIN price_categories pc ON pc.id = ms.price_category_id
    CROSS JOIN LATERAL match_price_breakdown(
        i.match_id, coalesce(pc.price, 0),
        coalesce((SELECT q.discount_percent FROM quotas q
                  WHERE q.id = petrol_allocation_quota(p.match_id)), 0)) b
    WHERE r.id = p_reservation
      AND (r.staff_id = current_staff_user_id() OR pg_has_role(session_user, 'tribina_admin', 'MEMBER'))
      AND NOT ((s.ord - 1)::integer = ANY (r.blocked_holders))
    ORDER BY s.ord
$$;
REVOKE ALL ON FUNCTION petrol_quote(uuid) FROM PUBLIC;

-- =============================================================================================
-- Step 5: complete (payment taken)
-- =============================================================================================
-- One transaction: the seats become a PETROL order through the counter's issuer (order_open and
-- issue_tickets of 0009: barcodes, signed QR, holders with encrypted and hashed IDs, one ticket
-- per person and match, the blacklist again, seats SOLD), the payment, petrol_sales, the
-- allocation's seats SOLD, the PIN USED, the reservation COMPLETED, one `petrol` audit event.
-- Blocked holders (petrol_verify_identity) get no ticket. Idempotent on p_key: a retry returns
-- the first result with "replayed": true.
-- Result (jsonb): {"status": "COMPLETED", "order_id", "order_number", "total", "payment_method",
--   "pos_reference", "tickets": [issue_tickets rows], "replayed"} or {"status": ...} with
--   NOT_VERIFIED, BAD_PAYMENT (card without POS reference), NOTHING_TO_SELL (every holder
--   blocked), SALE_CLOSED, UNKNOWN, EXPIRED, CANCELLED, COMPLETED (a different key finished it),
--   HAS_TICKET / BLACKLISTED / BUYER_LIMIT / BAD_HOLDER_DATA / SEATS_TAKEN (the issuer refused;
--   "detail" says why, nothing was written).
CREATE FUNCTION petrol_complete(p_key uuid, p_reservation uuid, p_payment_method text, p_pos_reference text)
    RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_staff   constant uuid := current_staff_user_id();
    v_now     timestamptz := petrol_now();
    v_prior   jsonb;
    lr        record;
    p         petrol_pins%ROWTYPE;
    v_seats   uuid[];
    v_holders jsonb;
    v_token   uuid := gen_random_uuid();
    v_order   uuid;
    v_o       orders%ROWTYPE;
    v_tickets jsonb;
    v_quota   uuid;
    v_result  jsonb;
    v_n       integer;
BEGIN
    IF v_staff IS NULL THEN
        RAISE EXCEPTION 'only staff can complete a petrol sale' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_key IS NULL THEN
        RAISE EXCEPTION 'a sale needs an idempotency key' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Lock order as 0009's: the key first (a retry waits for the first attempt), then the PIN.
    PERFORM pg_advisory_xact_lock(('x' || substr(md5(p_key::text), 1, 16))::bit(64)::bigint);
    SELECT result INTO v_prior FROM idempotency_keys WHERE key = p_key AND operation = 'petrol_complete';
    IF FOUND THEN
        RETURN v_prior || jsonb_build_object('replayed', true);
    END IF;
    IF p_payment_method IS NULL OR p_payment_method NOT IN ('CASH', 'CARD')
       OR (p_payment_method = 'CARD' AND coalesce(btrim(p_pos_reference), '') = '') THEN
        RETURN jsonb_build_object('status', 'BAD_PAYMENT');
    END IF;

    SELECT * INTO lr FROM petrol_live_reservation(p_reservation);
    IF lr.status <> 'OK' THEN
        RETURN jsonb_build_object('status', lr.status);
    END IF;
    IF (lr.r).status <> 'IDENTITY_VERIFIED' THEN
        RETURN jsonb_build_object('status', 'NOT_VERIFIED');
    END IF;
    SELECT * INTO p FROM petrol_pins WHERE id = (lr.r).pin_id;
    IF NOT petrol_sale_open(p.match_id) THEN
        RETURN jsonb_build_object('status', 'SALE_CLOSED');
    END IF;
    SELECT array_agg(s.inv ORDER BY s.ord), jsonb_agg(p.ticket_holders_json -> (s.ord::integer - 1) ORDER BY s.ord)
    INTO v_seats, v_holders
    FROM unnest((lr.r).seats) WITH ORDINALITY AS s(inv, ord)
    WHERE NOT ((s.ord::integer - 1) = ANY ((lr.r).blocked_holders));
    IF v_seats IS NULL THEN
        RETURN jsonb_build_object('status', 'NOTHING_TO_SELL');
    END IF;
    v_quota := petrol_allocation_quota(p.match_id);

    BEGIN
        -- The allocation's seats are ALLOCATED in the inventory; the issuer sells AVAILABLE seats
        -- or seats held under the caller's token: hold them under a token of this transaction.
        UPDATE match_seat_inventory
        SET status = 'RESERVED', hold_token = v_token, held_by = v_staff, held_until = now() + interval '1 minute'
        WHERE id = ANY (v_seats) AND status = 'ALLOCATED';
        GET DIAGNOSTICS v_n = ROW_COUNT;
        IF v_n <> cardinality(v_seats) THEN
            RAISE EXCEPTION 'petrol seats are no longer allocated' USING ERRCODE = 'TB001';
        END IF;
        v_order := order_open(p.match_id, 'PETROL', p_key, NULL);
        SELECT coalesce(jsonb_agg(to_jsonb(t.*)), '[]') INTO v_tickets
        FROM issue_tickets(p.match_id, v_order, v_seats, v_holders,
                           (SELECT q.discount_percent FROM quotas q WHERE q.id = v_quota),
                           'PETROL', v_token) t;
    EXCEPTION
        WHEN SQLSTATE 'TB001' THEN RETURN jsonb_build_object('status', 'SEATS_TAKEN', 'detail', SQLERRM);
        WHEN SQLSTATE 'TB002' THEN RETURN jsonb_build_object('status', 'BLACKLISTED', 'detail', SQLERRM);
        WHEN SQLSTATE 'TB003' THEN RETURN jsonb_build_object('status', 'HAS_TICKET', 'detail', SQLERRM);
        WHEN SQLSTATE 'TB004' THEN RETURN jsonb_build_object('status', 'BUYER_LIMIT', 'detail', SQLERRM);
        WHEN SQLSTATE 'TB007' THEN RETURN jsonb_build_object('status', 'BAD_HOLDER_DATA', 'detail', SQLERRM);
    END;

    SELECT * INTO v_o FROM orders WHERE id = v_order;
    UPDATE orders SET status = 'COMPLETED', completed_at = now() WHERE id = v_order;
    INSERT INTO payments (order_id, amount, status, completed_at, idempotency_key, method, terminal_reference)
    VALUES (v_order, v_o.total_amount, 'SUCCEEDED', now(), p_key, p_payment_method,
            nullif(btrim(p_pos_reference), ''));
    INSERT INTO petrol_sales (reservation_id, order_id, payment_method, payment_reference, total_amount,
                              processed_by)
    VALUES (p_reservation, v_order, p_payment_method::petrol_payment, nullif(btrim(p_pos_reference), ''),
            v_o.total_amount, v_staff);
    UPDATE quota_seats qs SET status = 'SOLD', ticket_id = (t ->> 'ticket_id')::uuid, claimed_at = now()
    FROM jsonb_array_elements(v_tickets) t
    WHERE qs.quota_id = v_quota AND qs.match_seat_inventory_id = (t ->> 'inventory_id')::uuid;
    UPDATE petrol_pins SET status = 'USED', used_at = v_now WHERE id = p.id;
    UPDATE petrol_reservations SET status = 'COMPLETED', completed_at = v_now WHERE id = p_reservation;

    v_result := jsonb_build_object(
        'status', 'COMPLETED', 'order_id', v_order, 'order_number', v_o.order_number,
        'total', v_o.total_amount, 'payment_method', p_payment_method,
        'pos_reference', nullif(btrim(p_pos_reference), ''), 'tickets', v_tickets);
    INSERT INTO idempotency_keys (key, operation, staff_user_id, result)
    VALUES (p_key, 'petrol_complete', v_staff, v_result);
    PERFORM audit_event('petrol', p.match_id, v_order, jsonb_build_object(
        'action', 'complete', 'reservation', p_reservation, 'order_number', v_o.order_number,
        'tickets', jsonb_array_length(v_tickets), 'total', v_o.total_amount,
        'payment_method', p_payment_method, 'blocked_holders', to_jsonb((lr.r).blocked_holders),
        'seats', (SELECT jsonb_agg(x ->> 'seat_label') FROM jsonb_array_elements(v_tickets) x)));
    RETURN v_result || jsonb_build_object('replayed', false);
END
$$;
REVOKE ALL ON FUNCTION petrol_complete(uuid, uuid, text, text) FROM PUBLIC;

-- =============================================================================================
-- Grants
-- =============================================================================================
GRANT SELECT ON petrol_stations TO tribina_petrol, tribina_box_office, tribina_support;
GRANT SELECT, INSERT, UPDATE ON petrol_stations TO tribina_admin;
GRANT SELECT ON petrol_pin_attempts, petrol_lockouts TO tribina_admin, tribina_reporting;
GRANT SELECT ON petrol_stations TO tribina_reporting;
-- The attendant's steps (each checks the caller is staff; reservations are per attendant).
GRANT EXECUTE ON FUNCTION petrol_now(), petrol_lookup_pin(text, uuid), petrol_reserve(uuid, uuid[]),
                          petrol_allocation_seats(uuid), petrol_matches_on_sale(), petrol_verify_identity(uuid, text),
                          petrol_quote(uuid), petrol_cancel(uuid, text), petrol_sweep_expired(uuid),
                          petrol_complete(uuid, uuid, text, text)
    TO tribina_petrol, tribina_admin;
-- Administrators: lockouts, deep links, marking the petrol allocation.
GRANT EXECUTE ON FUNCTION petrol_lockouts_active(), petrol_lockout_lift(uuid, text),
                          petrol_deeplink_generate(uuid, boolean), petrol_allocation_mark(uuid)
    TO tribina_admin;
