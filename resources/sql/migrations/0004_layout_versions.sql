-- 0004_layout_versions.sql — stadium layouts stored losslessly and in versions.
--
-- The layout editor's document (a StadiumLayout as "tribina-layout" JSON, described in
-- resources/demo/LAYOUT-FORMAT.md) is the source of truth for editing. The relational tables
-- (sectors, sector_seat_maps, row_configurations, seats, sector_snake_configs) are what a version
-- looks like once it is activated, and what matches, inventories and tickets point at. Editing a
-- stadium whose seats a match's inventory references works on a new version whose seats are new
-- rows; the matches configured with the old version keep it, its seats untouched.
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.

SET LOCAL search_path = public;

-- =============================================================================================
-- Layout versions
-- =============================================================================================

-- A version's life: DRAFT (being edited; only the document exists), ACTIVE (the stadium's
-- current layout: its tables are written and its document is frozen), RETIRED (a later version
-- was activated; kept, tables included, for the matches configured with it). seat_map_status
-- (DRAFT, ACTIVE) is the seat maps' own status and has no word for the third state.
CREATE TYPE layout_status AS ENUM ('DRAFT', 'ACTIVE', 'RETIRED');

-- Versions are numbered per stadium from 1. At most one ACTIVE and one DRAFT per stadium
-- (partial unique indexes): the editor always works on "the draft", matches are configured with
-- "the active one".
CREATE TABLE stadium_layouts (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    stadium_id    uuid NOT NULL REFERENCES stadiums (id) ON DELETE CASCADE,
    version       integer NOT NULL CHECK (version > 0),
    status        layout_status NOT NULL DEFAULT 'DRAFT',
    layout_json   jsonb NOT NULL CONSTRAINT stadium_layouts_document
        CHECK (jsonb_typeof(layout_json) = 'object' AND layout_json ->> 'format' = 'tribina-layout'),
    created_by    uuid REFERENCES users (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    activated_by  uuid REFERENCES users (id),
    activated_at  timestamptz,
    retired_at    timestamptz,
    -- Target of the composite foreign keys of sectors and matches: the version they point at
    -- belongs to their own stadium.
    CONSTRAINT stadium_layouts_id_stadium UNIQUE (id, stadium_id),
    CONSTRAINT stadium_layouts_activated CHECK ((status = 'DRAFT') = (activated_at IS NULL)),
    CONSTRAINT stadium_layouts_retired CHECK ((status = 'RETIRED') = (retired_at IS NOT NULL))
);
CREATE UNIQUE INDEX idx_stadium_layouts_stadium_version ON stadium_layouts (stadium_id, version);
CREATE UNIQUE INDEX idx_stadium_layouts_one_active ON stadium_layouts (stadium_id) WHERE status = 'ACTIVE';
CREATE UNIQUE INDEX idx_stadium_layouts_one_draft ON stadium_layouts (stadium_id) WHERE status = 'DRAFT';

-- Only a draft's document changes; a version keeps its stadium and number; the status only moves
-- forward (DRAFT → ACTIVE → RETIRED). What was activated is what the matches were sold with.
CREATE FUNCTION stadium_layouts_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF NEW.stadium_id <> OLD.stadium_id OR NEW.version <> OLD.version THEN
        RAISE EXCEPTION 'a layout version keeps its stadium and its number'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF OLD.status <> 'DRAFT' AND NEW.layout_json IS DISTINCT FROM OLD.layout_json THEN
        RAISE EXCEPTION 'layout version % is % and can no longer be edited', OLD.version, OLD.status
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Save the changes as a new draft version.';
    END IF;
    IF NOT (NEW.status = OLD.status OR (OLD.status = 'DRAFT' AND NEW.status = 'ACTIVE')
            OR (OLD.status = 'ACTIVE' AND NEW.status = 'RETIRED')) THEN
        RAISE EXCEPTION 'layout version % cannot go from % to %', OLD.version, OLD.status, NEW.status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION stadium_layouts_guard() FROM PUBLIC;
CREATE TRIGGER stadium_layouts_guard BEFORE UPDATE ON stadium_layouts
    FOR EACH ROW EXECUTE FUNCTION stadium_layouts_guard();

-- =============================================================================================
-- Tables that belong to a version
-- =============================================================================================

-- Each version has its own sectors (and through them its seat maps, rows, seats and snake
-- configurations), so a new version's seats are new rows. The model's idx_sectors_stadium_code
-- (code unique per stadium) becomes unique per version: every version has a "W1". Its
-- idx_sectors_stadium, left out by 0001 as a prefix of that index, is needed again.
ALTER TABLE sectors ADD COLUMN stadium_layout_id uuid;

-- Odd/even numbering and several aisles per row, which row_configurations could not say
-- (has_gap/gap_after_seat keep the first aisle, as before), and the row's centre line and seat
-- pitch, so a reader of the tables can draw rows without parsing the layout document. path and
-- gaps are spelled as in the document ({"kind": "ARC", "centre": [x, y], ...}, [{"afterSeats": n,
-- "width": w}]).
CREATE TYPE numbering_step AS ENUM ('CONSECUTIVE', 'ODD', 'EVEN');
ALTER TABLE row_configurations
    ADD COLUMN numbering_step numbering_step NOT NULL DEFAULT 'CONSECUTIVE',
    ADD COLUMN seat_pitch double precision CONSTRAINT row_configurations_seat_pitch_check
        CHECK (seat_pitch IS NULL OR seat_pitch > 0),
    ADD COLUMN path jsonb CONSTRAINT row_configurations_path_is_object
        CHECK (path IS NULL OR jsonb_typeof(path) = 'object'),
    ADD COLUMN gaps jsonb NOT NULL DEFAULT '[]' CONSTRAINT row_configurations_gaps_is_array
        CHECK (jsonb_typeof(gaps) = 'array');

-- The version a match was configured with (its sectors, seats and inventory are that version's).
-- Filled in from the venue's active version when left out (trigger below), so code that creates
-- matches need not know about versions; NULL only while the venue has no active layout.
ALTER TABLE matches ADD COLUMN stadium_layout_id uuid;

-- ---------------------------------------------------------------------------------------------
-- Layouts written before this migration become version 1, ACTIVE, with a document rebuilt from
-- the tables. Their row geometry was never stored, so each row is rebuilt from its seats: a
-- straight line through the first and last seat, or, when the seats' row angles turn, the arc
-- they lie on (centre and radius from the two end seats); a step between neighbours half again
-- as long as the shortest is an aisle, and the seat pitch is the mean of the others. Seats
-- generated from the rebuilt rows land within millimetres of the stored ones (3 mm at most for
-- the demo's 145,000 seats, which were stored to the millimetre and their angles to a hundredth
-- of a degree). Depth (not stored) gets the model's default, 0.9 m. The tables themselves stay
-- as they were, as version 1's; their rows keep path and seat_pitch NULL.
-- ---------------------------------------------------------------------------------------------
INSERT INTO stadium_layouts (stadium_id, version, status, layout_json, created_at, updated_at, activated_at)
WITH steps AS (
    SELECT s.sector_id, s.row_identifier, s.seat_index, s.pos_x, s.pos_y, s.angle_deg::double precision AS angle,
           s.seat_type, s.seat_number,
           sqrt((s.pos_x - lag(s.pos_x) OVER w) ^ 2 + (s.pos_y - lag(s.pos_y) OVER w) ^ 2) AS chord
    FROM seats s
    WINDOW w AS (PARTITION BY s.sector_id, s.row_identifier ORDER BY s.seat_index)
), ends AS (
    SELECT sector_id, row_identifier, count(*) AS n,
           min(seat_index) AS first_index,
           (array_agg(pos_x ORDER BY seat_index))[1] AS x0, (array_agg(pos_y ORDER BY seat_index))[1] AS y0,
           (array_agg(angle ORDER BY seat_index))[1] AS a0,
           (array_agg(pos_x ORDER BY seat_index DESC))[1] AS x1, (array_agg(pos_y ORDER BY seat_index DESC))[1] AS y1,
           (array_agg(angle ORDER BY seat_index DESC))[1] AS a1,
           (array_agg(seat_number ORDER BY seat_index))[1:2] AS first_numbers
    FROM steps
    GROUP BY sector_id, row_identifier
), shaped AS (
    -- turn: how far the row's direction turns from its first to its last seat, -180..180
    SELECT e.*, sqrt((x1 - x0) ^ 2 + (y1 - y0) ^ 2) AS span,
           (a1 - a0) - 360 * floor((a1 - a0 + 180) / 360) AS turn
    FROM ends e
), rows_geometry AS (
    SELECT sh.*,
           sh.n > 1 AND sh.span > 0 AND abs(sh.turn) > 0.01 AS curved,
           sign(sh.turn) AS dir,
           CASE WHEN sh.n > 1 AND sh.span > 0 AND abs(sh.turn) > 0.01
                THEN sh.span / (2 * sin(radians(abs(sh.turn)) / 2)) END AS radius
    FROM shaped sh
), along AS (
    -- Each step between neighbours measured along the row: along an arc, the arc, not the chord.
    -- (A row's first seat has no step: its chord is NULL, and least() would ignore a NULL.)
    SELECT s.sector_id, s.row_identifier, s.seat_index,
           CASE WHEN s.chord IS NULL THEN NULL
                WHEN g.curved THEN 2 * g.radius * asin(least(1.0, s.chord / (2 * g.radius)))
                ELSE s.chord END AS step,
           min(s.chord) OVER (PARTITION BY s.sector_id, s.row_identifier) AS shortest
    FROM steps s JOIN rows_geometry g USING (sector_id, row_identifier)
), rows_pitch AS (
    -- The pitch is the mean of the steps that are not aisles (an aisle is a step half again as
    -- long as the shortest): the millimetres the seats were rounded to then do not add up along
    -- a long row, and the last seat lands where it is.
    SELECT g.*, coalesce(m.pitch, 0.8) AS pitch, radians(g.a0 - g.dir * 90) AS theta0
    FROM rows_geometry g
    LEFT JOIN (SELECT sector_id, row_identifier, avg(step) AS pitch FROM along
               WHERE step <= 1.5 * shortest GROUP BY sector_id, row_identifier) m USING (sector_id, row_identifier)
), row_gaps AS (
    SELECT a.sector_id, a.row_identifier,
           jsonb_agg(jsonb_build_object('afterSeats', a.seat_index - p.first_index,
                                        'width', a.step - p.pitch) ORDER BY a.seat_index) AS gaps
    FROM along a JOIN rows_pitch p USING (sector_id, row_identifier)
    WHERE a.step > 1.5 * a.shortest
    GROUP BY a.sector_id, a.row_identifier
), row_types AS (
    SELECT s.sector_id, s.row_identifier,
           jsonb_agg(jsonb_build_object('position', s.seat_index - p.first_index, 'type', s.seat_type)
                     ORDER BY s.seat_index) AS types
    FROM steps s JOIN rows_pitch p USING (sector_id, row_identifier)
    WHERE s.seat_type <> 'STANDARD'
    GROUP BY s.sector_id, s.row_identifier
), row_docs AS (
    SELECT m.sector_id, r.row_order,
           jsonb_strip_nulls(jsonb_build_object(
               'id', r.row_identifier,
               'path', CASE WHEN p.curved THEN jsonb_build_object(
                           'kind', 'ARC',
                           'centre', jsonb_build_array(p.x0 - p.radius * cos(p.theta0), p.y0 - p.radius * sin(p.theta0)),
                           'radius', p.radius,
                           'startAngle', degrees(p.theta0) - p.dir * degrees(p.pitch / 2 / p.radius),
                           'sweep', p.dir * degrees((p.radius * radians(abs(p.turn)) + p.pitch) / p.radius))
                       ELSE jsonb_build_object(
                           'kind', 'STRAIGHT',
                           'start', jsonb_build_array(p.x0 - ux * p.pitch / 2, p.y0 - uy * p.pitch / 2),
                           'end', jsonb_build_array(p.x1 + ux * p.pitch / 2, p.y1 + uy * p.pitch / 2)) END,
               'seats', p.n,
               'seatPitch', p.pitch,
               'depth', 0.9,
               'alignment', 'START',
               'numbering', jsonb_build_object(
                   'first', r.start_seat_number,
                   'direction', r.numbering_direction,
                   'step', CASE WHEN p.n > 1 AND p.first_numbers[1] ~ '^[0-9]+$' AND p.first_numbers[2] ~ '^[0-9]+$'
                                     AND abs(p.first_numbers[2]::integer - p.first_numbers[1]::integer) = 2
                                THEN CASE WHEN r.start_seat_number % 2 = 1 THEN 'ODD' ELSE 'EVEN' END
                                ELSE 'CONSECUTIVE' END),
               'gaps', gp.gaps,
               'seatTypes', t.types)) AS doc
    FROM row_configurations r
    JOIN sector_seat_maps m ON m.id = r.sector_seat_map_id
    JOIN rows_pitch p ON p.sector_id = m.sector_id AND p.row_identifier = r.row_identifier
    -- direction of a straight row: from its first seat to its last, or the seat's own angle
    CROSS JOIN LATERAL (SELECT CASE WHEN p.span > 0 THEN (p.x1 - p.x0) / p.span ELSE cos(radians(p.a0)) END AS ux,
                               CASE WHEN p.span > 0 THEN (p.y1 - p.y0) / p.span ELSE sin(radians(p.a0)) END AS uy) u
    LEFT JOIN row_gaps gp ON gp.sector_id = m.sector_id AND gp.row_identifier = r.row_identifier
    LEFT JOIN row_types t ON t.sector_id = m.sector_id AND t.row_identifier = r.row_identifier
), sector_docs AS (
    SELECT c.stadium_id, c.sort_order, c.code,
           jsonb_build_object(
               'code', c.code,
               'name', c.name,
               'type', c.sector_type,
               'manualCapacity', CASE WHEN EXISTS (SELECT 1 FROM seats s WHERE s.sector_id = c.id) THEN 0 ELSE c.capacity END,
               'label', jsonb_build_array(coalesce(c.label_x, 0), coalesce(c.label_y, 0)),
               'outline', coalesce(c.outline, '[]'::jsonb),
               'rows', coalesce((SELECT jsonb_agg(d.doc ORDER BY d.row_order) FROM row_docs d WHERE d.sector_id = c.id),
                                '[]'::jsonb))
           || coalesce((SELECT jsonb_build_object('snake', jsonb_build_object(
                                   'bestRow', n.best_row_index,
                                   'traversal', n.traversal_direction,
                                   'strategy', n.within_row_strategy))
                        FROM sector_snake_configs n WHERE n.sector_id = c.id
                        ORDER BY n.created_at DESC LIMIT 1), '{}'::jsonb) AS doc
    FROM sectors c
)
SELECT st.id, 1, 'ACTIVE',
       jsonb_build_object(
           'format', 'tribina-layout',
           'version', 1,
           'venue', jsonb_build_object('name', st.name, 'city', st.city, 'country', st.country,
                                       'address', coalesce(st.address, ''), 'type', st.type,
                                       'numbered', st.is_numbered),
           'pitch', jsonb_build_object('length', 105, 'width', 68),
           'sectors', coalesce((SELECT jsonb_agg(d.doc ORDER BY d.sort_order, d.code)
                                FROM sector_docs d WHERE d.stadium_id = st.id), '[]'::jsonb)),
       st.created_at, st.created_at, st.created_at
FROM stadiums st;

UPDATE sectors c SET stadium_layout_id = l.id
FROM stadium_layouts l WHERE l.stadium_id = c.stadium_id AND l.version = 1;
UPDATE matches m SET stadium_layout_id = l.id
FROM stadium_layouts l WHERE l.stadium_id = m.venue_id AND l.status = 'ACTIVE';

ALTER TABLE sectors
    ALTER COLUMN stadium_layout_id SET NOT NULL,
    ADD CONSTRAINT sectors_stadium_layout_fk FOREIGN KEY (stadium_layout_id, stadium_id)
        REFERENCES stadium_layouts (id, stadium_id) ON DELETE CASCADE;
DROP INDEX idx_sectors_stadium_code;
CREATE UNIQUE INDEX idx_sectors_layout_code ON sectors (stadium_layout_id, code);
CREATE INDEX idx_sectors_stadium ON sectors (stadium_id);

ALTER TABLE matches
    ADD CONSTRAINT matches_stadium_layout_fk FOREIGN KEY (stadium_layout_id, venue_id)
        REFERENCES stadium_layouts (id, stadium_id);
-- "Does any match use this version?" when a version is activated or deleted.
CREATE INDEX idx_matches_stadium_layout ON matches (stadium_layout_id);

CREATE FUNCTION matches_default_layout() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
BEGIN
    -- A match moved to another venue takes that venue's active layout unless told otherwise.
    IF NEW.stadium_layout_id IS NULL
       OR (TG_OP = 'UPDATE' AND NEW.venue_id IS DISTINCT FROM OLD.venue_id
           AND NEW.stadium_layout_id IS NOT DISTINCT FROM OLD.stadium_layout_id) THEN
        NEW.stadium_layout_id := (SELECT id FROM stadium_layouts
                                  WHERE stadium_id = NEW.venue_id AND status = 'ACTIVE');
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION matches_default_layout() FROM PUBLIC;
CREATE TRIGGER matches_default_layout BEFORE INSERT OR UPDATE OF venue_id, stadium_layout_id ON matches
    FOR EACH ROW EXECUTE FUNCTION matches_default_layout();

-- =============================================================================================
-- Seats under a match stay as they were sold
-- =============================================================================================

-- The inventory's foreign key already stops deleting a seat it references; these stop changing
-- what such a seat is (its sector, version, row, number or type), which would change a ticket
-- after the fact. Layout changes go into a new version instead.
CREATE FUNCTION seats_keep_referenced() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM match_seat_inventory WHERE seat_id = OLD.id) THEN
        RAISE EXCEPTION 'seat %/% is in a match''s inventory and cannot be renumbered or changed',
            OLD.row_identifier, OLD.seat_number
            USING ERRCODE = 'integrity_constraint_violation',
                  HINT = 'Edit the stadium''s layout and activate it as a new version.';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION seats_keep_referenced() FROM PUBLIC;
CREATE TRIGGER seats_keep_referenced BEFORE UPDATE OF sector_id, row_identifier, seat_number, seat_type ON seats
    FOR EACH ROW
    WHEN (OLD.sector_id IS DISTINCT FROM NEW.sector_id OR OLD.row_identifier IS DISTINCT FROM NEW.row_identifier
          OR OLD.seat_number IS DISTINCT FROM NEW.seat_number OR OLD.seat_type IS DISTINCT FROM NEW.seat_type)
    EXECUTE FUNCTION seats_keep_referenced();

CREATE FUNCTION sectors_keep_referenced() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id WHERE s.sector_id = OLD.id)
       OR EXISTS (SELECT 1 FROM match_sectors WHERE sector_id = OLD.id) THEN
        RAISE EXCEPTION 'sector % is configured for a match; its code and layout version cannot change', OLD.code
            USING ERRCODE = 'integrity_constraint_violation',
                  HINT = 'Edit the stadium''s layout and activate it as a new version.';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION sectors_keep_referenced() FROM PUBLIC;
CREATE TRIGGER sectors_keep_referenced BEFORE UPDATE OF stadium_id, stadium_layout_id, code ON sectors
    FOR EACH ROW
    WHEN (OLD.stadium_id IS DISTINCT FROM NEW.stadium_id OR OLD.stadium_layout_id IS DISTINCT FROM NEW.stadium_layout_id
          OR OLD.code IS DISTINCT FROM NEW.code)
    EXECUTE FUNCTION sectors_keep_referenced();

-- =============================================================================================
-- Grants (0003's rules: everyone reads the layout, admins write it)
-- =============================================================================================
GRANT SELECT ON stadium_layouts
    TO tribina_admin, tribina_box_office, tribina_petrol, tribina_support, tribina_reporting;
-- DELETE: a draft can be thrown away; an active or retired version whose tables a match uses
-- cannot (its sectors' rows are still referenced).
GRANT INSERT, UPDATE, DELETE ON stadium_layouts TO tribina_admin;
-- The trigger functions run for whoever writes the table (the owner checks no EXECUTE right
-- for triggers), so no group needs EXECUTE on them.
