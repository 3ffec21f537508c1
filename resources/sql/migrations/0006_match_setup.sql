-- 0006_match_setup.sql — preparing a match before any channel sells it (issue 5): the match's
-- seat inventory generated from its layout version, prices painted per sector or per seat, the
-- stadium configuration lifecycle (DRAFT → VALIDATED → LOCKED), publishing, cancelling, and the
-- administrators' seat operations (block, official, technical, ...).
--
-- Every function here is for tribina_admin, which already holds SELECT/INSERT/UPDATE on the
-- tables involved (0003), so they are plain (SECURITY INVOKER) functions: they add the rules
-- (conditional updates, checks, audit in the same transaction), not rights. Every row they write
-- gets its change_no and NOTIFY from 0002's triggers.
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.

SET LOCAL search_path = public;

-- =============================================================================================
-- Per-seat price categories
-- =============================================================================================

-- The model prices by match sector (match_sectors.price_category_id). Administrators also paint
-- single seats or a rubber band of them (the better half of a stand): such a seat carries its
-- own category here. A seat's price category is its own when set, else its sector's
-- (match_seat_categories below). The category must belong to the same match (composite key);
-- deleting a category puts its seats back on their sector's category.
ALTER TABLE price_categories ADD CONSTRAINT price_categories_id_match UNIQUE (id, match_id);
ALTER TABLE match_seat_inventory
    ADD COLUMN price_category_id uuid,
    ADD CONSTRAINT match_seat_inventory_category_fk FOREIGN KEY (price_category_id, match_id)
        REFERENCES price_categories (id, match_id) ON DELETE SET NULL (price_category_id);
CREATE INDEX idx_match_seat_inv_category ON match_seat_inventory (price_category_id)
    WHERE price_category_id IS NOT NULL;

-- Each inventory row with its sector, its match sector and the category it sells at: what the
-- counter, quotas and reports read for "what does this seat cost".
CREATE VIEW match_seat_categories AS
SELECT i.id AS inventory_id, i.match_id, i.seat_id, s.sector_id, ms.id AS match_sector_id,
       coalesce(i.price_category_id, ms.price_category_id) AS price_category_id,
       i.price_category_id IS NOT NULL AS seat_override
FROM match_seat_inventory i
JOIN seats s ON s.id = i.seat_id
LEFT JOIN match_sectors ms ON ms.match_id = i.match_id AND ms.sector_id = s.sector_id;
GRANT SELECT ON match_seat_categories
    TO tribina_admin, tribina_box_office, tribina_petrol, tribina_support, tribina_reporting;

-- =============================================================================================
-- Inventory generation
-- =============================================================================================

-- Creates the match's sector configuration (match_sectors rows it lacks, one per sector of the
-- match's layout version) and one inventory row per seat of the given sectors (all sectors when
-- p_sectors is NULL). Statuses follow the seat and its sector: TECHNICAL seats TECHNICAL, seats of
-- a CLOSED match sector INACTIVE, of a MAINTENANCE one MAINTENANCE, the rest AVAILABLE. Standing
-- sectors have no seats: they are sold by their match sector's capacity.
-- Refused when any of those seats already has an inventory row (a second run never doubles it)
-- and once the configuration has left DRAFT. The client may call it several times in one
-- transaction, a batch of sectors at a time, to show progress; a failure rolls back all of it.
-- Returns the number of rows written. 100,000 rows take a few seconds (the stamp and notify
-- triggers run per row; notifications fold into one per transaction).
CREATE FUNCTION match_generate_inventory(p_match uuid, p_sectors uuid[] DEFAULT NULL)
    RETURNS integer
    LANGUAGE plpgsql VOLATILE
    SET search_path = public, pg_temp
AS $$
DECLARE
    m        matches%ROWTYPE;
    v_rows   integer;
    v_actor  uuid := current_staff_user_id();
BEGIN
    SELECT * INTO m FROM matches WHERE id = p_match FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'match % does not exist', p_match USING ERRCODE = 'no_data_found';
    END IF;
    IF m.status IN ('CANCELLED', 'CLOSED') THEN
        RAISE EXCEPTION 'match is %', m.status USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF m.stadium_config_status <> 'DRAFT' THEN
        RAISE EXCEPTION 'the stadium configuration is %; set it back to DRAFT first', m.stadium_config_status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF m.stadium_layout_id IS NULL THEN
        RAISE EXCEPTION 'the venue has no active layout' USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF p_sectors IS NOT NULL AND EXISTS (SELECT 1 FROM unnest(p_sectors) x(id)
                                         WHERE NOT EXISTS (SELECT 1 FROM sectors c WHERE c.id = x.id
                                                           AND c.stadium_layout_id = m.stadium_layout_id)) THEN
        RAISE EXCEPTION 'a sector given is not part of the match''s layout'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Seat by seat through the unique index (match_id, seat_id): a batch never rescans the rows
    -- earlier batches of the same transaction wrote.
    IF EXISTS (SELECT 1 FROM sectors c JOIN seats s ON s.sector_id = c.id
               WHERE c.stadium_layout_id = m.stadium_layout_id AND (p_sectors IS NULL OR c.id = ANY (p_sectors))
                 AND EXISTS (SELECT 1 FROM match_seat_inventory i WHERE i.match_id = p_match AND i.seat_id = s.id)) THEN
        RAISE EXCEPTION 'the seat inventory of this match exists already'
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'match_inventory_exists';
    END IF;

    INSERT INTO match_sectors (match_id, sector_id, name, code, total_capacity, technical_seats,
                               is_numbered, has_seat_map)
    SELECT p_match, c.id, c.name, c.code, c.capacity,
           least(c.capacity, (SELECT count(*) FROM seats s WHERE s.sector_id = c.id AND s.seat_type = 'TECHNICAL')),
           EXISTS (SELECT 1 FROM seats s WHERE s.sector_id = c.id),
           EXISTS (SELECT 1 FROM seats s WHERE s.sector_id = c.id)
    FROM sectors c
    WHERE c.stadium_layout_id = m.stadium_layout_id
      AND NOT EXISTS (SELECT 1 FROM match_sectors ms WHERE ms.match_id = p_match AND ms.sector_id = c.id);

    INSERT INTO match_seat_inventory (match_id, seat_id, status, last_modified_by)
    SELECT p_match, s.id,
           CASE WHEN s.seat_type = 'TECHNICAL' THEN 'TECHNICAL'
                WHEN ms.status = 'CLOSED' THEN 'INACTIVE'
                WHEN ms.status = 'MAINTENANCE' THEN 'MAINTENANCE'
                ELSE 'AVAILABLE' END::seat_status,
           v_actor
    FROM sectors c
    JOIN seats s ON s.sector_id = c.id
    LEFT JOIN match_sectors ms ON ms.match_id = p_match AND ms.sector_id = c.id
    WHERE c.stadium_layout_id = m.stadium_layout_id
      AND (p_sectors IS NULL OR c.id = ANY (p_sectors));
    GET DIAGNOSTICS v_rows = ROW_COUNT;

    PERFORM audit_event('match_change', p_match, p_match,
                        jsonb_build_object('change', 'INVENTORY_GENERATED', 'seats', v_rows,
                                           'sectors', coalesce(cardinality(p_sectors), -1)));
    RETURN v_rows;
END
$$;

-- =============================================================================================
-- Stadium configuration lifecycle
-- =============================================================================================

-- What stands between the match's configuration and VALIDATED, one row per problem: a code for
-- the client to translate, the sector concerned (if any), a count and an English message.
CREATE FUNCTION match_config_problems(p_match uuid)
    RETURNS TABLE (code text, sector_code text, amount bigint, message text)
    LANGUAGE plpgsql STABLE
    SET search_path = public, pg_temp
AS $$
DECLARE
    m             matches%ROWTYPE;
    v_layout_seats bigint;
    v_inventory   bigint;
BEGIN
    SELECT * INTO m FROM matches WHERE id = p_match;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'match % does not exist', p_match USING ERRCODE = 'no_data_found';
    END IF;
    IF m.status IN ('CANCELLED', 'CLOSED') THEN
        RETURN QUERY SELECT 'MATCH_CLOSED', NULL::text, 0::bigint, format('the match is %s', m.status);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM price_categories WHERE match_id = p_match) THEN
        RETURN QUERY SELECT 'NO_PRICE_CATEGORIES', NULL::text, 0::bigint, 'the match has no price categories'::text;
    END IF;
    -- Every sector of the layout is configured for the match.
    RETURN QUERY
        SELECT 'SECTOR_NOT_CONFIGURED', c.code::text, 1::bigint, format('sector %s has no match configuration', c.code)
        FROM sectors c
        WHERE c.stadium_layout_id = m.stadium_layout_id
          AND NOT EXISTS (SELECT 1 FROM match_sectors ms WHERE ms.match_id = p_match AND ms.sector_id = c.id)
        ORDER BY c.code;
    -- The inventory exists and is exactly the layout's seats.
    SELECT count(*) INTO v_layout_seats
    FROM seats s JOIN sectors c ON c.id = s.sector_id WHERE c.stadium_layout_id = m.stadium_layout_id;
    SELECT count(*) INTO v_inventory FROM match_seat_inventory WHERE match_id = p_match;
    IF v_layout_seats > 0 AND v_inventory = 0 THEN
        RETURN QUERY SELECT 'NO_INVENTORY', NULL::text, v_layout_seats, 'the seat inventory has not been generated'::text;
    ELSIF v_inventory > 0 THEN
        RETURN QUERY
            SELECT 'INVENTORY_MISSING_SEATS', c.code::text, count(*), format('%s seats of sector %s have no inventory', count(*), c.code)
            FROM seats s JOIN sectors c ON c.id = s.sector_id
            WHERE c.stadium_layout_id = m.stadium_layout_id
              AND NOT EXISTS (SELECT 1 FROM match_seat_inventory i WHERE i.match_id = p_match AND i.seat_id = s.id)
            GROUP BY c.code ORDER BY c.code;
        RETURN QUERY
            SELECT 'INVENTORY_FOREIGN_SEATS', NULL::text, count(*), format('%s inventory seats are not part of the match''s layout', count(*))
            FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id JOIN sectors c ON c.id = s.sector_id
            WHERE i.match_id = p_match AND c.stadium_layout_id IS DISTINCT FROM m.stadium_layout_id
            HAVING count(*) > 0;
    END IF;
    -- Every sellable seat has a price category (its own or its sector's).
    RETURN QUERY
        SELECT 'SEATS_WITHOUT_PRICE', c.code::text, count(*), format('%s sellable seats of sector %s have no price category', count(*), c.code)
        FROM match_seat_inventory i
        JOIN seats s ON s.id = i.seat_id JOIN sectors c ON c.id = s.sector_id
        LEFT JOIN match_sectors ms ON ms.match_id = i.match_id AND ms.sector_id = s.sector_id
        WHERE i.match_id = p_match AND i.status IN ('AVAILABLE', 'RESERVED', 'SOLD', 'ALLOCATED')
          AND coalesce(i.price_category_id, ms.price_category_id) IS NULL
        GROUP BY c.code ORDER BY c.code;
    -- Every open sector sold by capacity (standing, away sectors without a map) has a price.
    RETURN QUERY
        SELECT 'SECTOR_WITHOUT_PRICE', coalesce(ms.code, ms.name)::text, ms.sellable_capacity::bigint,
               format('sector %s is sold by capacity and has no price category', coalesce(ms.code, ms.name))
        FROM match_sectors ms
        WHERE ms.match_id = p_match AND NOT ms.has_seat_map AND ms.status = 'ACTIVE'
          AND ms.sellable_capacity > 0 AND ms.price_category_id IS NULL
        ORDER BY 2;
    IF NOT EXISTS (SELECT 1 FROM sales_phases WHERE match_id = p_match AND is_active) THEN
        RETURN QUERY SELECT 'NO_SALES_PHASE', NULL::text, 0::bigint, 'the match has no active sales phase'::text;
    END IF;
    RETURN QUERY
        SELECT 'PHASE_AFTER_KICK_OFF', p.name::text, 1::bigint, format('sales phase %s ends after kick-off', p.name)
        FROM sales_phases p WHERE p.match_id = p_match AND p.is_active AND p.end_at > m.kick_off_time
        ORDER BY p.start_at;
    IF NOT EXISTS (SELECT 1 FROM fee_configurations f
                   WHERE (f.match_id = p_match OR f.match_id IS NULL)
                     AND f.effective_from <= m.kick_off_time::date
                     AND (f.effective_to IS NULL OR f.effective_to >= m.kick_off_time::date)) THEN
        RETURN QUERY SELECT 'NO_FEE_CONFIGURATION', NULL::text, 0::bigint, 'no fee configuration is in force on the match day'::text;
    END IF;
END
$$;

-- Moves the configuration: DRAFT → VALIDATED and VALIDATED → LOCKED when match_config_problems
-- finds nothing (else nothing changes and the problems are returned); back to DRAFT from either
-- while nothing of the match is sold, held or given to a quota. Returns the problems (none: done).
CREATE FUNCTION match_config_set_status(p_match uuid, p_target stadium_config_status)
    RETURNS TABLE (code text, sector_code text, amount bigint, message text)
    LANGUAGE plpgsql VOLATILE
    SET search_path = public, pg_temp
AS $$
DECLARE
    m matches%ROWTYPE;
    v_found boolean := false;
BEGIN
    SELECT * INTO m FROM matches WHERE id = p_match FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'match % does not exist', p_match USING ERRCODE = 'no_data_found';
    END IF;
    IF m.stadium_config_status = p_target THEN
        RETURN;
    END IF;
    IF p_target = 'DRAFT' THEN
        IF EXISTS (SELECT 1 FROM tickets t WHERE t.match_id = p_match AND t.status IN ('SOLD', 'ATTENDED'))
           OR EXISTS (SELECT 1 FROM match_seat_inventory i WHERE i.match_id = p_match
                      AND (i.status IN ('SOLD', 'ALLOCATED') OR (i.status = 'RESERVED' AND i.held_until > now()))) THEN
            RETURN QUERY SELECT 'ALREADY_SOLD', NULL::text, 0::bigint,
                                'seats of this match are sold, held or allocated; the configuration stays locked'::text;
            RETURN;
        END IF;
        UPDATE matches SET stadium_config_status = 'DRAFT', stadium_validated_at = NULL,
                           stadium_locked_at = NULL, updated_at = now()
        WHERE id = p_match;
    ELSE
        IF p_target = 'LOCKED' AND m.stadium_config_status <> 'VALIDATED' THEN
            RETURN QUERY SELECT 'NOT_VALIDATED', NULL::text, 0::bigint, 'validate the configuration before locking it'::text;
            RETURN;
        END IF;
        FOR code, sector_code, amount, message IN SELECT * FROM match_config_problems(p_match) LOOP
            v_found := true;
            RETURN NEXT;
        END LOOP;
        IF v_found THEN
            RETURN;
        END IF;
        IF p_target = 'VALIDATED' THEN
            UPDATE matches SET stadium_config_status = 'VALIDATED', stadium_validated_at = now(), updated_at = now()
            WHERE id = p_match;
        ELSE
            UPDATE matches SET stadium_config_status = 'LOCKED', stadium_locked_at = now(), updated_at = now()
            WHERE id = p_match;
        END IF;
    END IF;
    PERFORM audit_event('match_change', p_match, p_match,
                        jsonb_build_object('change', 'UPDATE', 'config_status', p_target,
                                           'previous', m.stadium_config_status));
END
$$;

-- Puts a match on sale: its configuration must be LOCKED.
CREATE FUNCTION match_publish(p_match uuid) RETURNS void
    LANGUAGE plpgsql VOLATILE
    SET search_path = public, pg_temp
AS $$
DECLARE
    m matches%ROWTYPE;
BEGIN
    SELECT * INTO m FROM matches WHERE id = p_match FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'match % does not exist', p_match USING ERRCODE = 'no_data_found';
    END IF;
    IF m.status <> 'DRAFT' THEN
        RAISE EXCEPTION 'only a DRAFT match can be published; this one is %', m.status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF m.stadium_config_status <> 'LOCKED' THEN
        RAISE EXCEPTION 'lock the stadium configuration before publishing'
            USING ERRCODE = 'object_not_in_prerequisite_state', CONSTRAINT = 'match_not_locked';
    END IF;
    UPDATE matches SET status = 'PUBLISHED', published_at = now(), updated_at = now() WHERE id = p_match;
    PERFORM audit_event('match_change', p_match, p_match, jsonb_build_object('change', 'PUBLISH'));
END
$$;

-- =============================================================================================
-- Cancelling a match
-- =============================================================================================

-- Every live ticket becomes CANCELLED_MATCH_CANCELLED; each gets a refund row (a reversal: the
-- ticket amount back, the fee kept as fee_retained, ARCHITECTURE.md "Money") against its order's
-- payment, approved by the cancelling administrator (source SYSTEM); orders with tickets become
-- REFUNDED; the phases stop; the match is CANCELLED. Nothing is deleted. A ticket whose order has
-- no payment (a free quota ticket) is cancelled without a refund row (refunds need a payment).
-- The seats keep their statuses: they record what was sold. Returns counts as JSON.
CREATE FUNCTION match_cancel(p_match uuid, p_reason text) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE
    SET search_path = public, pg_temp
AS $$
DECLARE
    m        matches%ROWTYPE;
    v_actor  uuid := current_staff_user_id();
    v_tickets integer;
    v_refunds integer;
    v_orders integer;
    v_result jsonb;
BEGIN
    IF p_reason IS NULL OR btrim(p_reason) = '' THEN
        RAISE EXCEPTION 'a match is cancelled with a reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v_actor IS NULL THEN
        RAISE EXCEPTION 'only a staff member can cancel a match' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO m FROM matches WHERE id = p_match FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'match % does not exist', p_match USING ERRCODE = 'no_data_found';
    END IF;
    IF m.status IN ('CANCELLED', 'CLOSED') THEN
        RAISE EXCEPTION 'the match is already %', m.status USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;

    WITH t AS (
        UPDATE tickets SET status = 'CANCELLED_MATCH_CANCELLED', cancelled_at = now(), cancelled_by = v_actor,
                           cancellation_reason = 'MATCH_CANCELLED'
        WHERE match_id = p_match AND status = 'SOLD'
        RETURNING id, order_id, price_amount, fee_amount
    ), r AS (
        INSERT INTO refunds (order_id, ticket_id, payment_id, refund_amount, fee_retained, source, reason,
                             status, requested_by, approved_by)
        SELECT t.order_id, t.id, p.id, t.price_amount, t.fee_amount, 'SYSTEM',
               left('match cancelled: ' || btrim(p_reason), 255), 'APPROVED', v_actor, v_actor
        FROM t
        CROSS JOIN LATERAL (SELECT pay.id FROM payments pay WHERE pay.order_id = t.order_id
                            ORDER BY (pay.status = 'SUCCEEDED') DESC, pay.created_at DESC LIMIT 1) p
        RETURNING 1
    ), o AS (
        UPDATE orders SET status = 'REFUNDED', cancelled_at = now(), cancelled_by = v_actor,
                          cancellation_reason = left('match cancelled: ' || btrim(p_reason), 255)
        WHERE id IN (SELECT order_id FROM t) AND status NOT IN ('REFUNDED', 'CANCELLED')
        RETURNING 1
    )
    SELECT (SELECT count(*) FROM t), (SELECT count(*) FROM r), (SELECT count(*) FROM o)
    INTO v_tickets, v_refunds, v_orders;

    UPDATE sales_phases SET is_active = false WHERE match_id = p_match AND is_active;
    UPDATE matches SET status = 'CANCELLED', cancelled_at = now(), cancelled_by = v_actor,
                       cancellation_reason = btrim(p_reason), updated_at = now()
    WHERE id = p_match;

    v_result := jsonb_build_object('tickets', v_tickets, 'refunds', v_refunds, 'orders', v_orders);
    PERFORM audit_event('match_change', p_match, p_match,
                        jsonb_build_object('change', 'CANCEL', 'reason', btrim(p_reason),
                                           'previous_status', m.status) || v_result);
    RETURN v_result;
END
$$;

-- =============================================================================================
-- Seat operations
-- =============================================================================================

-- An administrator's operation on seats of a match: p_target is AVAILABLE (unblock), BLOCKED,
-- OFFICIAL, TECHNICAL, MAINTENANCE, QUARANTINED or INACTIVE. Per seat, conditionally: a seat that
-- is SOLD (or has a live ticket) needs a refund or a cancellation first, a live hold (RESERVED,
-- held_until ahead) belongs to a counter at work, an ALLOCATED seat to a quota: those are skipped,
-- as are seats already in the target status, seats of other matches and, for AVAILABLE, technical
-- seat positions (camera platforms). An expired hold counts as available. The rest change in one
-- statement; the seats skipped come back with the reason (SOLD, HELD, ALLOCATED, UNCHANGED,
-- NOT_FOUND, TECHNICAL_SEAT). One seat_change audit event lists what changed.
CREATE FUNCTION seat_apply(p_match uuid, p_inventory_ids uuid[], p_target seat_status, p_reason text)
    RETURNS TABLE (inventory_id uuid, current_status seat_status, skip_reason text)
    LANGUAGE plpgsql VOLATILE
    SET search_path = public, pg_temp
AS $$
DECLARE
    m        matches%ROWTYPE;
    v_actor  uuid := current_staff_user_id();
    v_changed jsonb;
    v_count  integer;
BEGIN
    IF p_reason IS NULL OR btrim(p_reason) = '' THEN
        RAISE EXCEPTION 'a seat operation needs a reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_target IS NULL OR p_target IN ('RESERVED', 'SOLD', 'ALLOCATED') THEN
        RAISE EXCEPTION 'seats become % only through a sale, a hold or a quota', p_target
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO m FROM matches WHERE id = p_match;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'match % does not exist', p_match USING ERRCODE = 'no_data_found';
    END IF;
    IF m.status IN ('CANCELLED', 'CLOSED') THEN
        RAISE EXCEPTION 'the match is %', m.status USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;

    CREATE TEMP TABLE IF NOT EXISTS pg_temp.seat_apply_plan
        (id uuid, status seat_status, seat_type seat_type, live_ticket boolean, verdict text) ON COMMIT DROP;
    TRUNCATE pg_temp.seat_apply_plan;
    -- Lock the seats first (in id order: two operations on overlapping seats cannot deadlock).
    INSERT INTO pg_temp.seat_apply_plan
    SELECT x.id, i.status, s.seat_type,
           EXISTS (SELECT 1 FROM tickets t WHERE t.match_seat_inventory_id = i.id AND t.status IN ('SOLD', 'ATTENDED')),
           NULL
    FROM (SELECT DISTINCT unnest(p_inventory_ids) AS id) x
    LEFT JOIN LATERAL (SELECT * FROM match_seat_inventory i2 WHERE i2.id = x.id AND i2.match_id = p_match
                       FOR UPDATE) i ON true
    LEFT JOIN seats s ON s.id = i.seat_id
    ORDER BY x.id;

    UPDATE pg_temp.seat_apply_plan SET verdict =
        CASE WHEN status IS NULL THEN 'NOT_FOUND'
             WHEN status = 'SOLD' OR live_ticket THEN 'SOLD'
             WHEN status = 'ALLOCATED' THEN 'ALLOCATED'
             WHEN status = 'RESERVED' AND EXISTS (SELECT 1 FROM match_seat_inventory i
                                                  WHERE i.id = seat_apply_plan.id AND i.held_until > now()) THEN 'HELD'
             WHEN status = p_target THEN 'UNCHANGED'
             WHEN p_target = 'AVAILABLE' AND seat_type = 'TECHNICAL' THEN 'TECHNICAL_SEAT'
             ELSE 'APPLY' END;

    WITH changed AS (
        UPDATE match_seat_inventory i
        SET status = p_target, version = i.version + 1, last_modified_by = v_actor, last_modified_at = now(),
            held_by = NULL, held_until = NULL, hold_token = NULL
        FROM pg_temp.seat_apply_plan p
        WHERE p.verdict = 'APPLY' AND i.id = p.id AND i.match_id = p_match
          AND i.status NOT IN ('SOLD', 'ALLOCATED') AND NOT (i.status = 'RESERVED' AND i.held_until > now())
        RETURNING i.id, p.status AS from_status)
    SELECT coalesce(jsonb_agg(jsonb_build_object('id', id, 'from', from_status)), '[]'::jsonb), count(*)
    INTO v_changed, v_count FROM changed;

    PERFORM audit_event('seat_change', p_match, NULL,
                        jsonb_build_object('to', p_target, 'reason', btrim(p_reason), 'changed', v_count,
                                           'skipped', (SELECT count(*) FROM pg_temp.seat_apply_plan WHERE verdict <> 'APPLY'),
                                           'seats', v_changed));

    RETURN QUERY SELECT p.id, p.status, p.verdict FROM pg_temp.seat_apply_plan p
                 WHERE p.verdict <> 'APPLY' ORDER BY p.id;
END
$$;

-- Paints a price category on seats of a match (NULL: back to the sector's category). Only while
-- the configuration is DRAFT: prices of a validated or locked match are what it is sold with.
-- Returns the number of seats changed.
CREATE FUNCTION seat_set_price_category(p_match uuid, p_inventory_ids uuid[], p_category uuid)
    RETURNS integer
    LANGUAGE plpgsql VOLATILE
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_config stadium_config_status;
    v_count  integer;
BEGIN
    SELECT stadium_config_status INTO v_config FROM matches WHERE id = p_match FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'match % does not exist', p_match USING ERRCODE = 'no_data_found';
    END IF;
    IF v_config <> 'DRAFT' THEN
        RAISE EXCEPTION 'the stadium configuration is %; set it back to DRAFT to change prices', v_config
            USING ERRCODE = 'object_not_in_prerequisite_state', CONSTRAINT = 'match_config_not_draft';
    END IF;
    UPDATE match_seat_inventory SET price_category_id = p_category, version = version + 1,
                                    last_modified_by = current_staff_user_id(), last_modified_at = now()
    WHERE match_id = p_match AND id = ANY (p_inventory_ids)
      AND price_category_id IS DISTINCT FROM p_category;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- =============================================================================================
-- Grants
-- =============================================================================================
GRANT EXECUTE ON FUNCTION match_generate_inventory(uuid, uuid[]),
                          match_config_problems(uuid),
                          match_config_set_status(uuid, stadium_config_status),
                          match_publish(uuid),
                          match_cancel(uuid, text),
                          seat_apply(uuid, uuid[], seat_status, text),
                          seat_set_price_category(uuid, uuid[], uuid)
    TO tribina_admin;
