-- 0010_quotas.sql — the quota manager: creating quotas, allocating and releasing their seats,
-- cancelling them, and the per-quota counts the administrators' table shows.
--
-- The seats are chosen by the client (QuotaAllocator: NM best seats or REDOM distributed, from
-- the snake ranking); the database only commits a choice, and re-checks every seat while doing
-- so: a seat is allocated by a conditional UPDATE (status AVAILABLE, or a counter hold that has
-- expired) after the seats were locked in id order, so two administrators and a counter working
-- on the same sector can never give one seat to two owners, and cannot deadlock each other.
-- All or nothing: when any seat was taken meanwhile the call fails, names those seats, and
-- allocates none.
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.

SET LOCAL search_path = public;

-- =============================================================================================
-- Creating a quota
-- =============================================================================================

-- Every field of the data model's quotas row; the creator is the connected staff member. The
-- allowed sectors must be sectors of the match's layout version (quotas.sector_ids has no
-- foreign key, being an array). Starts PENDING with no seats: quota_allocate() gives it seats.
CREATE FUNCTION quota_create(
    p_match_id uuid, p_recipient_email text, p_recipient_name text, p_total_quantity integer,
    p_sector_ids uuid[], p_expiration_date date,
    p_discount_percent numeric DEFAULT 0, p_algorithm allocation_algo DEFAULT 'NM',
    p_internal_note text DEFAULT NULL, p_can_create_subquotas boolean DEFAULT false,
    p_transfer_allowed boolean DEFAULT true, p_deferred_payment boolean DEFAULT false,
    p_auto_send_email boolean DEFAULT true, p_batch_id uuid DEFAULT NULL)
    RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_actor  uuid := current_staff_user_id();
    v_layout uuid;
    v_unknown text;
    v_id     uuid;
BEGIN
    IF v_actor IS NULL THEN
        RAISE EXCEPTION 'only a staff member can create quotas' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT stadium_layout_id INTO v_layout FROM matches WHERE id = p_match_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'match % does not exist', p_match_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF p_recipient_email IS NULL OR p_recipient_email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' THEN
        RAISE EXCEPTION 'not an e-mail address: "%"', p_recipient_email USING ERRCODE = 'check_violation';
    END IF;
    IF coalesce(btrim(p_recipient_name), '') = '' THEN
        RAISE EXCEPTION 'the recipient needs a name' USING ERRCODE = 'check_violation';
    END IF;
    IF coalesce(cardinality(p_sector_ids), 0) = 0 THEN
        RAISE EXCEPTION 'a quota needs at least one allowed sector' USING ERRCODE = 'check_violation';
    END IF;
    SELECT string_agg(s.id::text, ', ') INTO v_unknown
    FROM unnest(p_sector_ids) AS s (id)
    WHERE NOT EXISTS (SELECT 1 FROM sectors sec WHERE sec.id = s.id AND sec.stadium_layout_id = v_layout);
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION 'sectors not in this match''s stadium: %', v_unknown USING ERRCODE = 'foreign_key_violation';
    END IF;

    INSERT INTO quotas (match_id, recipient_email, recipient_name, internal_note, total_quantity,
                        sector_ids, discount_percent, allocation_algorithm, expiration_date,
                        can_create_subquotas, transfer_allowed, deferred_payment, auto_send_email,
                        batch_id, created_by)
    VALUES (p_match_id, lower(btrim(p_recipient_email)), btrim(p_recipient_name), p_internal_note,
            p_total_quantity, p_sector_ids, coalesce(p_discount_percent, 0), coalesce(p_algorithm, 'NM'),
            p_expiration_date, p_can_create_subquotas, p_transfer_allowed, p_deferred_payment,
            p_auto_send_email, p_batch_id, v_actor)
    RETURNING id INTO v_id;

    PERFORM audit_event('quota_change', p_match_id, v_id, jsonb_build_object(
        'action', 'create', 'recipient_email', lower(btrim(p_recipient_email)),
        'quantity', p_total_quantity, 'algorithm', coalesce(p_algorithm, 'NM'),
        'batch_id', p_batch_id));
    RETURN v_id;
END
$$;
REVOKE ALL ON FUNCTION quota_create(uuid, text, text, integer, uuid[], date, numeric, allocation_algo,
                                    text, boolean, boolean, boolean, boolean, uuid) FROM PUBLIC;

-- "W1 / 12 / 7, W1 / 12 / 8": how seats are named in error messages.
CREATE FUNCTION quota_seat_names(p_inventory_ids uuid[]) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = public, pg_temp
AS $$
    SELECT string_agg(format('%s / %s / %s', sec.code, s.row_identifier, s.seat_number), ', '
                      ORDER BY sec.code, s.row_order, s.seat_index)
    FROM match_seat_inventory m
    JOIN seats s ON s.id = m.seat_id
    JOIN sectors sec ON sec.id = s.sector_id
    WHERE m.id = ANY (p_inventory_ids)
$$;
REVOKE ALL ON FUNCTION quota_seat_names(uuid[]) FROM PUBLIC;

-- =============================================================================================
-- Allocating, adjusting and releasing seats
-- =============================================================================================

-- Gives the quota the seats p_inventory_ids: each must belong to the match and one of the
-- quota's allowed sectors and be free (AVAILABLE, or held by a counter whose hold has expired);
-- the quota may not end up with more live seats than its total_quantity. All or nothing: seats
-- taken meanwhile are named in the error (SQLSTATE TQ001, DETAIL lists them) and nothing is
-- allocated. Returns the number of seats allocated.
CREATE FUNCTION quota_allocate(p_quota uuid, p_inventory_ids uuid[])
    RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_actor   uuid := current_staff_user_id();
    q         quotas%ROWTYPE;
    v_live    integer;
    v_wanted  integer := coalesce(cardinality(p_inventory_ids), 0);
    v_outside uuid[];
    v_done    uuid[];
    v_taken   uuid[];
BEGIN
    IF v_actor IS NULL THEN
        RAISE EXCEPTION 'only a staff member can allocate quota seats' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The quota row lock serialises two administrators working on the same quota.
    SELECT * INTO q FROM quotas WHERE id = p_quota FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'quota % does not exist', p_quota USING ERRCODE = 'no_data_found';
    END IF;
    IF q.status = 'CANCELLED' THEN
        RAISE EXCEPTION 'quota for % is cancelled', q.recipient_name USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF v_wanted = 0 THEN
        RETURN 0;
    END IF;
    IF (SELECT count(DISTINCT x) FROM unnest(p_inventory_ids) AS x) <> v_wanted THEN
        RAISE EXCEPTION 'the same seat is listed twice' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT count(*) INTO v_live FROM quota_seats WHERE quota_id = p_quota AND status <> 'CANCELLED';
    IF v_live + v_wanted > q.total_quantity THEN
        RAISE EXCEPTION 'quota for % has % of % seats; % more would exceed it',
            q.recipient_name, v_live, q.total_quantity, v_wanted
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT array_agg(i.id) INTO v_outside
    FROM unnest(p_inventory_ids) AS i (id)
    LEFT JOIN match_seat_inventory m ON m.id = i.id AND m.match_id = q.match_id
    LEFT JOIN seats s ON s.id = m.seat_id
    WHERE m.id IS NULL OR NOT (s.sector_id = ANY (q.sector_ids));
    IF v_outside IS NOT NULL THEN
        RAISE EXCEPTION 'seats outside the quota''s allowed sectors: %',
            coalesce(quota_seat_names(v_outside), array_to_string(v_outside, ', '))
            USING ERRCODE = 'check_violation';
    END IF;

    -- Lock in id order first: two transactions allocating overlapping seats then wait for each
    -- other instead of deadlocking. The conditional UPDATE re-reads each seat after the wait.
    PERFORM 1 FROM match_seat_inventory WHERE id = ANY (p_inventory_ids) ORDER BY id FOR UPDATE;
    WITH done AS (
        UPDATE match_seat_inventory m
        SET status = 'ALLOCATED', held_by = NULL, held_until = NULL, hold_token = NULL,
            last_modified_by = v_actor, last_modified_at = now(), version = m.version + 1
        WHERE m.id = ANY (p_inventory_ids)
          AND (m.status = 'AVAILABLE' OR (m.status = 'RESERVED' AND m.held_until < now()))
        RETURNING m.id)
    SELECT array_agg(id) INTO v_done FROM done;

    IF coalesce(cardinality(v_done), 0) <> v_wanted THEN
        SELECT array_agg(i.id) INTO v_taken
        FROM unnest(p_inventory_ids) AS i (id)
        WHERE NOT (i.id = ANY (coalesce(v_done, '{}')));
        RAISE EXCEPTION '% of the % seats were taken meanwhile; nothing was allocated',
            cardinality(v_taken), v_wanted
            USING ERRCODE = 'TQ001', DETAIL = quota_seat_names(v_taken),
                  HINT = 'Preview the allocation again.';
    END IF;

    INSERT INTO quota_seats (quota_id, match_seat_inventory_id)
    SELECT p_quota, unnest(v_done);
    PERFORM audit_event('quota_change', q.match_id, p_quota, jsonb_build_object(
        'action', 'allocate', 'seats', v_wanted, 'inventory_ids', to_jsonb(v_done)));
    RETURN v_wanted;
END
$$;
REVOKE ALL ON FUNCTION quota_allocate(uuid, uuid[]) FROM PUBLIC;

-- Takes seats out of a quota (the administrator's click-out): only seats still ALLOCATED to it
-- (not reserved in a claim, sold or delegated) go back to AVAILABLE. All or nothing. Returns
-- the number released.
CREATE FUNCTION quota_release_seats(p_quota uuid, p_inventory_ids uuid[])
    RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_actor  uuid := current_staff_user_id();
    q        quotas%ROWTYPE;
    v_wanted integer := coalesce(cardinality(p_inventory_ids), 0);
    v_done   integer;
BEGIN
    IF v_actor IS NULL THEN
        RAISE EXCEPTION 'only a staff member can release quota seats' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO q FROM quotas WHERE id = p_quota FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'quota % does not exist', p_quota USING ERRCODE = 'no_data_found';
    END IF;
    IF v_wanted = 0 THEN
        RETURN 0;
    END IF;
    PERFORM 1 FROM match_seat_inventory WHERE id = ANY (p_inventory_ids) ORDER BY id FOR UPDATE;
    WITH qs AS (
        UPDATE quota_seats SET status = 'CANCELLED'
        WHERE quota_id = p_quota AND status = 'ALLOCATED' AND match_seat_inventory_id = ANY (p_inventory_ids)
        RETURNING match_seat_inventory_id),
    inv AS (
        UPDATE match_seat_inventory m
        SET status = 'AVAILABLE', last_modified_by = v_actor, last_modified_at = now(), version = m.version + 1
        FROM qs WHERE m.id = qs.match_seat_inventory_id AND m.status = 'ALLOCATED'
        RETURNING m.id)
    SELECT count(*) INTO v_done FROM inv;
    IF v_done <> v_wanted THEN
        RAISE EXCEPTION 'only seats still allocated to the quota can be taken out; % of % are not',
            v_wanted - v_done, v_wanted USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    PERFORM audit_event('quota_change', q.match_id, p_quota, jsonb_build_object(
        'action', 'release', 'seats', v_done, 'inventory_ids', to_jsonb(p_inventory_ids)));
    RETURN v_done;
END
$$;
REVOKE ALL ON FUNCTION quota_release_seats(uuid, uuid[]) FROM PUBLIC;

-- The administrator's adjustment in one transaction: seats clicked out, then seats clicked in.
CREATE FUNCTION quota_adjust(p_quota uuid, p_add uuid[], p_remove uuid[])
    RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM quota_release_seats(p_quota, p_remove);
    PERFORM quota_allocate(p_quota, p_add);
    RETURN (SELECT count(*)::integer FROM quota_seats WHERE quota_id = p_quota AND status <> 'CANCELLED');
END
$$;
REVOKE ALL ON FUNCTION quota_adjust(uuid, uuid[], uuid[]) FROM PUBLIC;

-- =============================================================================================
-- Cancelling
-- =============================================================================================

-- ALL_UNUSED: seats ALLOCATED or RESERVED (in a claim) go back to AVAILABLE; UNFULFILLED_ONLY:
-- only ALLOCATED ones, running claims keep theirs. Sold and delegated seats are never touched.
-- The inventory's NOTIFY tells every counter at once. Returns the number of seats released.
CREATE FUNCTION quota_cancel(p_quota uuid, p_type cancellation_type)
    RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_actor    uuid := current_staff_user_id();
    q          quotas%ROWTYPE;
    v_statuses quota_seat_status[];
    v_released integer;
BEGIN
    IF v_actor IS NULL THEN
        RAISE EXCEPTION 'only a staff member can cancel quotas' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_type IS NULL THEN
        RAISE EXCEPTION 'a cancellation needs a type' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT * INTO q FROM quotas WHERE id = p_quota FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'quota % does not exist', p_quota USING ERRCODE = 'no_data_found';
    END IF;
    IF q.status = 'CANCELLED' THEN
        RAISE EXCEPTION 'quota for % is already cancelled', q.recipient_name
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    v_statuses := CASE p_type WHEN 'ALL_UNUSED' THEN ARRAY['ALLOCATED', 'RESERVED']::quota_seat_status[]
                              ELSE ARRAY['ALLOCATED']::quota_seat_status[] END;
    PERFORM 1 FROM match_seat_inventory m
    WHERE m.id IN (SELECT match_seat_inventory_id FROM quota_seats
                   WHERE quota_id = p_quota AND status = ANY (v_statuses))
    ORDER BY m.id FOR UPDATE;
    WITH qs AS (
        UPDATE quota_seats SET status = 'CANCELLED'
        WHERE quota_id = p_quota AND status = ANY (v_statuses)
        RETURNING match_seat_inventory_id),
    inv AS (
        UPDATE match_seat_inventory m
        SET status = 'AVAILABLE', held_by = NULL, held_until = NULL, hold_token = NULL,
            last_modified_by = v_actor, last_modified_at = now(), version = m.version + 1
        FROM qs WHERE m.id = qs.match_seat_inventory_id AND m.status IN ('ALLOCATED', 'RESERVED')
        RETURNING m.id)
    SELECT count(*) INTO v_released FROM inv;

    UPDATE quotas SET status = 'CANCELLED', cancelled_at = now(), cancelled_by = v_actor,
                      cancellation_type = p_type
    WHERE id = p_quota;
    PERFORM audit_event('quota_change', q.match_id, p_quota, jsonb_build_object(
        'action', 'cancel', 'type', p_type, 'released', v_released));
    RETURN v_released;
END
$$;
REVOKE ALL ON FUNCTION quota_cancel(uuid, cancellation_type) FROM PUBLIC;

-- =============================================================================================
-- Reading
-- =============================================================================================

-- One row per quota with its seat counts and the status to show: CANCELLED and FULLY_CLAIMED
-- (every seat sold) as they are, PAST_DEADLINE once the expiration date has passed (a reminder:
-- nothing expires by itself), otherwise the stored PENDING/ACTIVE.
CREATE VIEW quota_overview AS
SELECT q.id, q.match_id, q.recipient_email, q.recipient_name, q.internal_note, q.total_quantity,
       q.sector_ids, q.discount_percent, q.allocation_algorithm, q.expiration_date,
       q.can_create_subquotas, q.transfer_allowed, q.deferred_payment, q.auto_send_email,
       q.batch_id, q.created_at, q.cancelled_at, q.cancellation_type, q.change_no,
       q.status AS stored_status,
       coalesce(c.allocated, 0) AS allocated, coalesce(c.reserved, 0) AS reserved,
       coalesce(c.sold, 0) AS sold, coalesce(c.delegated, 0) AS delegated,
       coalesce(c.cancelled, 0) AS cancelled,
       CASE WHEN q.status = 'CANCELLED' THEN 'CANCELLED'
            WHEN q.status = 'FULLY_CLAIMED' OR coalesce(c.sold, 0) >= q.total_quantity THEN 'FULLY_CLAIMED'
            WHEN q.expiration_date < current_date THEN 'PAST_DEADLINE'
            ELSE q.status END::quota_status AS status
FROM quotas q
LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE qs.status = 'ALLOCATED') AS allocated,
           count(*) FILTER (WHERE qs.status = 'RESERVED') AS reserved,
           count(*) FILTER (WHERE qs.status = 'SOLD') AS sold,
           count(*) FILTER (WHERE qs.status = 'DELEGATED') AS delegated,
           count(*) FILTER (WHERE qs.status = 'CANCELLED') AS cancelled
    FROM quota_seats qs WHERE qs.quota_id = q.id) c ON true;

-- The sub-quota tree of a quota: the quota itself (depth 0), then the sub-quotas its holder
-- delegated (depth 1) with the seats each holds.
CREATE FUNCTION quota_subquota_tree(p_quota uuid)
    RETURNS TABLE (id uuid, parent_id uuid, depth integer, recipient_name text, recipient_email text,
                   quantity integer, status text, expires_at timestamptz, seats integer)
    LANGUAGE sql STABLE
    SET search_path = public, pg_temp
AS $$
    SELECT o.id, NULL::uuid, 0, o.recipient_name::text, o.recipient_email::text, o.total_quantity,
           o.status::text, o.expiration_date::timestamptz, (o.allocated + o.reserved + o.sold + o.delegated)::integer
    FROM quota_overview o WHERE o.id = p_quota
    UNION ALL
    SELECT sq.id, sq.parent_quota_id, 1, sq.recipient_name::text, sq.recipient_email::text, sq.quantity,
           sq.status::text, sq.expires_at,
           (SELECT count(*)::integer FROM subquota_seats ss WHERE ss.subquota_id = sq.id)
    FROM subquotas sq WHERE sq.parent_quota_id = p_quota
    ORDER BY 3, 4
$$;
REVOKE ALL ON FUNCTION quota_subquota_tree(uuid) FROM PUBLIC;

-- =============================================================================================
-- Grants
-- =============================================================================================
GRANT EXECUTE ON FUNCTION
    quota_create(uuid, text, text, integer, uuid[], date, numeric, allocation_algo, text, boolean,
                 boolean, boolean, boolean, uuid),
    quota_seat_names(uuid[]),
    quota_allocate(uuid, uuid[]),
    quota_release_seats(uuid, uuid[]),
    quota_adjust(uuid, uuid[], uuid[]),
    quota_cancel(uuid, cancellation_type),
    quota_subquota_tree(uuid)
    TO tribina_admin;
GRANT SELECT ON quota_overview TO tribina_admin, tribina_reporting;
