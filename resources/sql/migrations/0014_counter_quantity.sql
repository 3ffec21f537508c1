-- 0014_counter_quantity.sql — non-numbered matches at the counter: a quantity per sector.
--
-- A match is non-numbered when matches.is_numbered = false; a sector of it when
-- match_sectors.is_numbered = false; a STANDING sector has no numbers either. Such places still
-- have one inventory row each (match set-up, 0006), so tickets keep their NOT NULL
-- match_seat_inventory_id: the counter asks for N places of a sector, the server picks and holds
-- N free ones for the clerk, and the unchanged counter_sell (0009/0012) sells those ids. The
-- printed ticket and the QR payload say free seating / standing (ticket_print_data, 0005).
--
-- API (C++ callers in models/boxoffice/salerepository.*):
--   sector_sold_by_quantity(match, sector)                      -> boolean  (helper, also for clients)
--   seats_hold_quantity(match, sector, quantity, hold_token, minutes) -> uuid[]  the places held
--   sector_quantity_availability(match)                          -> TABLE(sector_id, code, name,
--        category, price, available, capacity)  the quantity-sold sectors of the match
--
-- Errors (class TB, continuing 0009's list):
--   TB010 not enough places: 'Only <K> places left in sector <code>' (nothing is held)
--   TB011 the sector is not sold by quantity: numbered (pick seats on the map), not ACTIVE,
--         or without a price category
--
-- Not covered: a sector without seats in its layout (a standing terrace with a capacity only, an
-- away end without a map) has no inventory rows, so there is nothing to hold or to reference from
-- tickets; such sectors need places generated for them first (match set-up).
--
-- Lock order as in 0009: seat rows only, FOR UPDATE SKIP LOCKED (never waits, so no deadlock
-- whatever the order; places another counter is holding or selling this moment are skipped,
-- never given to two clerks).
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.

SET LOCAL search_path = public;

-- Whether the match's sector sells a quantity instead of seats: a non-numbered match, a
-- non-numbered match sector, or a standing sector. false for a sector not in the match.
CREATE FUNCTION sector_sold_by_quantity(p_match uuid, p_sector uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT coalesce((
        SELECT NOT m.is_numbered OR NOT coalesce(ms.is_numbered, true) OR sc.sector_type = 'STANDING'
        FROM matches m
        JOIN sectors sc ON sc.id = p_sector
        LEFT JOIN match_sectors ms ON ms.match_id = m.id AND ms.sector_id = sc.id
        WHERE m.id = p_match), false)
$$;
REVOKE ALL ON FUNCTION sector_sold_by_quantity(uuid, uuid) FROM PUBLIC;

-- Holds p_quantity free places of a quantity-sold sector for the staff member with the
-- workstation's hold token (as seats_hold does) and returns their inventory ids, in seat order.
-- All or nothing: fewer free places than asked holds none and raises TB010 naming how many are
-- left. Free = AVAILABLE, or RESERVED under an expired hold, priced as the sector (no category
-- of its own); places that another transaction has locked (held or being sold right now) are
-- skipped. Standard places go first, accessible
-- and companion places last (they stay free for those who need them as long as possible).
-- The places come back in seat order so one order's places are next to each other.
CREATE FUNCTION seats_hold_quantity(p_match uuid, p_sector uuid, p_quantity integer, p_hold_token uuid,
                                    p_minutes integer DEFAULT 10)
    RETURNS uuid[]
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_staff constant uuid := current_staff_user_id();
    v_match matches%ROWTYPE;
    v_sector record;
    v_ids uuid[] := '{}';
    v_more uuid[];
BEGIN
    IF v_staff IS NULL THEN
        RAISE EXCEPTION 'only staff can hold places' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_hold_token IS NULL OR p_minutes IS NULL OR p_minutes NOT BETWEEN 1 AND 120 THEN
        RAISE EXCEPTION 'a hold needs a token and 1 to 120 minutes' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_quantity IS NULL OR p_quantity NOT BETWEEN 1 AND 100 THEN
        RAISE EXCEPTION 'the quantity must be 1 to 100' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO v_match FROM matches WHERE id = p_match;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'match % does not exist', p_match USING ERRCODE = 'no_data_found';
    END IF;
    IF v_match.status IN ('CANCELLED', 'CLOSED') THEN
        RAISE EXCEPTION 'match is %; nothing can be sold', v_match.status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    SELECT sc.code, ms.status, ms.price_category_id, ms.id AS match_sector_id INTO v_sector
    FROM sectors sc
    LEFT JOIN match_sectors ms ON ms.match_id = p_match AND ms.sector_id = sc.id
    WHERE sc.id = p_sector AND sc.stadium_layout_id = v_match.stadium_layout_id;
    IF NOT FOUND OR v_sector.match_sector_id IS NULL THEN
        RAISE EXCEPTION 'the sector is not part of this match' USING ERRCODE = 'TB011';
    END IF;
    IF NOT sector_sold_by_quantity(p_match, p_sector) THEN
        RAISE EXCEPTION 'Sector % is numbered: choose seats on the map', v_sector.code USING ERRCODE = 'TB011';
    END IF;
    IF v_sector.status <> 'ACTIVE' THEN
        RAISE EXCEPTION 'Sector % is % and not on sale', v_sector.code, v_sector.status USING ERRCODE = 'TB011';
    END IF;
    IF v_sector.price_category_id IS NULL THEN
        RAISE EXCEPTION 'Sector % has no price category for this match', v_sector.code USING ERRCODE = 'TB011';
    END IF;

    -- Lock up to the missing number of free places. Under READ COMMITTED a row that another
    -- transaction changed just before we lock it is re-checked and may drop out of a LIMITed
    -- pick, so pick again (each statement sees a fresh snapshot) until enough or none is left.
    FOR attempt IN 1..5 LOOP
        SELECT coalesce(array_agg(l.id), '{}') INTO v_more
        FROM (SELECT i.id
              FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id
              WHERE i.match_id = p_match AND s.sector_id = p_sector
                AND NOT (i.id = ANY (v_ids))
                AND (i.status = 'AVAILABLE' OR (i.status = 'RESERVED' AND i.held_until < now()))
                -- A place painted with a category of its own (0006) would be charged another price
                -- than the sector's the clerk was shown: quantity sales leave such places alone.
                AND (i.price_category_id IS NULL OR i.price_category_id = v_sector.price_category_id)
              ORDER BY s.seat_type NOT IN ('STANDARD', 'TECHNICAL'), s.row_order, s.seat_index, i.id
              LIMIT p_quantity - cardinality(v_ids)
              FOR UPDATE OF i SKIP LOCKED) l;
        v_ids := v_ids || v_more;
        EXIT WHEN cardinality(v_ids) >= p_quantity OR cardinality(v_more) = 0;
    END LOOP;
    IF cardinality(v_ids) < p_quantity THEN
        -- Nothing was changed; the locks go with the rolled-back transaction.
        RAISE EXCEPTION 'Only % places left in sector %', cardinality(v_ids), v_sector.code
            USING ERRCODE = 'TB010';
    END IF;

    UPDATE match_seat_inventory i
    SET status = 'RESERVED', held_by = v_staff, held_until = now() + make_interval(mins => p_minutes),
        hold_token = p_hold_token, version = i.version + 1,
        last_modified_by = v_staff, last_modified_at = now()
    WHERE i.id = ANY (v_ids);

    RETURN ARRAY(SELECT i.id FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id
                 WHERE i.id = ANY (v_ids) ORDER BY s.row_order, s.seat_index, i.id);
END
$$;
REVOKE ALL ON FUNCTION seats_hold_quantity(uuid, uuid, integer, uuid, integer) FROM PUBLIC;

-- The match's quantity-sold sectors with what the counter's panel shows: price category,
-- price, free places now (AVAILABLE or under an expired hold) and capacity. For clients without
-- the live map (the workstation cache counts the same per sector from its seat map).
CREATE FUNCTION sector_quantity_availability(p_match uuid)
    RETURNS TABLE (sector_id uuid, code text, name text, status text, category text, price numeric,
                   available integer, capacity integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT sc.id, sc.code::text, sc.name::text, ms.status::text, pc.name::text, pc.price,
           (SELECT count(*)::integer FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id
            WHERE i.match_id = m.id AND s.sector_id = sc.id
              AND (i.status = 'AVAILABLE' OR (i.status = 'RESERVED' AND i.held_until < now()))),
           (SELECT count(*)::integer FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id
            WHERE i.match_id = m.id AND s.sector_id = sc.id)
    FROM matches m
    JOIN match_sectors ms ON ms.match_id = m.id
    JOIN sectors sc ON sc.id = ms.sector_id
    LEFT JOIN price_categories pc ON pc.id = ms.price_category_id
    WHERE m.id = p_match
      AND (NOT m.is_numbered OR NOT ms.is_numbered OR sc.sector_type = 'STANDING')
    ORDER BY sc.code
$$;
REVOKE ALL ON FUNCTION sector_quantity_availability(uuid) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION
    sector_sold_by_quantity(uuid, uuid),
    seats_hold_quantity(uuid, uuid, integer, uuid, integer),
    sector_quantity_availability(uuid)
    TO tribina_admin, tribina_box_office;
