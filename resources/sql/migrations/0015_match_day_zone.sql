-- 0015_match_day_zone.sql — the match day is the day in Zagreb.
--
-- 0006's match_config_problems took the match day of kick_off_time in the session's time zone
-- when it checked that a fee configuration is in force; pricing (0007 match_fee_rates) takes it
-- in Europe/Zagreb. A 00:30 kick-off (Zagreb) in a UTC session was checked against the day
-- before. Same function, Zagreb's day. CREATE OR REPLACE keeps 0006's grants.
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.
SET LOCAL search_path = public;

CREATE OR REPLACE FUNCTION match_config_problems(p_match uuid)
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
                     AND f.effective_from <= (m.kick_off_time AT TIME ZONE 'Europe/Zagreb')::date
                     AND (f.effective_to IS NULL OR f.effective_to >= (m.kick_off_time AT TIME ZONE 'Europe/Zagreb')::date)) THEN
        RETURN QUERY SELECT 'NO_FEE_CONFIGURATION', NULL::text, 0::bigint, 'no fee configuration is in force on the match day'::text;
    END IF;
END
$$;
