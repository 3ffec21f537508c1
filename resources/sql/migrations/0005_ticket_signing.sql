-- 0005_ticket_signing.sql — ticket barcodes and signed QR payloads.
--
-- A ticket's QR code carries its barcode, match and seat and a signature (HMAC-SHA256 with a key
-- per match), so a gate without a network can tell a forged code from a real one. The format is
-- in README.md ("Ticket codes") and models/printing/qrpayload.h.
--
-- The database signs, not the client. ticket_qr_sign(ticket) signs what is stored for an existing
-- ticket, so every valid signature belongs to a ticket row (immutable, audited with its sale).
-- Were the key handed to the counters and petrol stations instead, one compromised workstation
-- would leak a key that mints codes for any seat, offline and unseen. The keys are readable only
-- through match_signing_key(), by admins (tribina-admin ticket verify, provisioning gate
-- scanners) and support (checking a code a fan presents at the help desk).
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.

SET LOCAL search_path = public;

-- =============================================================================================
-- Keys
-- =============================================================================================

-- One random 32-byte key per match, made on first use. No grants: only the owner (and so the
-- SECURITY DEFINER functions below) reads it. A match that is deleted (possible only while it
-- has no tickets) takes its key along.
CREATE TABLE match_signing_keys (
    match_id    uuid PRIMARY KEY REFERENCES matches (id) ON DELETE CASCADE,
    key         bytea NOT NULL DEFAULT gen_random_bytes(32)
                CONSTRAINT match_signing_keys_key_length CHECK (octet_length(key) = 32),
    created_at  timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON TABLE match_signing_keys FROM PUBLIC;

-- The match's key, created when first asked for. Two sessions asking at once both get the one
-- key that was stored first (ON CONFLICT waits for the other insert; the read after it sees it).
CREATE FUNCTION match_signing_key(p_match uuid) RETURNS bytea
    LANGUAGE plpgsql VOLATILE STRICT SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_key bytea;
BEGIN
    SELECT key INTO v_key FROM match_signing_keys WHERE match_id = p_match;
    IF FOUND THEN
        RETURN v_key;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM matches WHERE id = p_match) THEN
        RAISE EXCEPTION 'match % does not exist', p_match USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO match_signing_keys (match_id) VALUES (p_match) ON CONFLICT (match_id) DO NOTHING;
    SELECT key INTO STRICT v_key FROM match_signing_keys WHERE match_id = p_match;
    RETURN v_key;
END
$$;
REVOKE ALL ON FUNCTION match_signing_key(uuid) FROM PUBLIC;

-- =============================================================================================
-- Barcodes
-- =============================================================================================

-- tickets.barcode as Tribina issues it: 14 digits, no leading zero, the last a Damm check digit
-- (catches every single-digit error and every adjacent transposition). The client draws the
-- digits from the operating system's cryptographic source (BarcodeGenerator); this check is for
-- imports, scans and the signing below. Not a CHECK on tickets: external tickets keep theirs.
CREATE FUNCTION ticket_barcode_is_valid(p_barcode text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    -- The Damm quasigroup of order 10, row by row: interim := t[interim][digit].
    t constant smallint[] := '{0,3,1,7,5,9,8,6,4,2, 7,0,9,2,1,5,4,8,6,3, 4,2,0,6,8,7,1,3,5,9,
                               1,7,5,0,9,8,3,4,2,6, 6,1,2,3,0,4,5,9,7,8, 3,6,7,4,2,0,9,5,8,1,
                               5,8,6,9,7,2,0,1,3,4, 8,9,4,5,3,6,2,0,1,7, 9,4,3,8,6,1,7,2,0,5,
                               2,5,8,1,4,3,6,7,9,0}';
    interim integer := 0;
BEGIN
    IF p_barcode !~ '^[1-9][0-9]{13}$' THEN
        RETURN false;
    END IF;
    FOR i IN 1..14 LOOP
        interim := t[interim * 10 + substr(p_barcode, i, 1)::integer + 1];
    END LOOP;
    RETURN interim = 0;
END
$$;
REVOKE ALL ON FUNCTION ticket_barcode_is_valid(text) FROM PUBLIC;

-- =============================================================================================
-- What a ticket prints
-- =============================================================================================

-- The seat label of the QR payload and the gate's display: "SECTOR-ROW-SEAT" for a numbered
-- seat, the sector code alone for standing and free seating. Signed, so it never changes for an
-- issued ticket (0004 stops renumbering seats a match uses).
CREATE FUNCTION ticket_seat_label(p_sector_code text, p_row text, p_seat text, p_numbered boolean)
    RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN p_numbered THEN p_sector_code || '-' || p_row || '-' || p_seat ELSE p_sector_code END
$$;
REVOKE ALL ON FUNCTION ticket_seat_label(text, text, text, boolean) FROM PUBLIC;

-- Everything a ticket shows, one row per ticket (TicketRepository reads it; ticket_qr_sign signs
-- from it, so the label printed and the label signed are one expression). security_invoker: the
-- reader's own rights on the tables apply, as if it ran the join itself.
-- Amounts in integer cents (clients never see money as floating point). VAT is the amount
-- contained in the VAT-inclusive price, round_half_up(price × r / (100 + r)) (ARCHITECTURE.md,
-- "Money"), with r from the fee configuration in force on the match day (the match's own before
-- the general one), else 5 % at home and 0 % away. Kick-off as Croatian wall-clock time.
CREATE VIEW ticket_print_data WITH (security_invoker = true) AS
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
LEFT JOIN price_categories pc ON pc.id = ms.price_category_id
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

-- =============================================================================================
-- Signing
-- =============================================================================================

-- RFC 4648 base32 (upper case, unpadded) and the label escape of the payload format.
CREATE FUNCTION ticket_qr_base32(p_bytes bytea) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    alphabet constant text := 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    nbits constant integer := octet_length(p_bytes) * 8;
    result text := '';
    v integer;
    n integer;
BEGIN
    FOR g IN 0 .. (nbits + 4) / 5 - 1 LOOP
        v := 0;
        FOR b IN 0..4 LOOP
            n := g * 5 + b; -- bit number in the stream, most significant bit of byte 0 first
            v := v << 1;
            IF n < nbits THEN
                v := v | get_bit(p_bytes, (n / 8) * 8 + 7 - n % 8); -- get_bit counts from the right
            END IF;
        END LOOP;
        result := result || substr(alphabet, v + 1, 1);
    END LOOP;
    RETURN result;
END
$$;
REVOKE ALL ON FUNCTION ticket_qr_base32(bytea) FROM PUBLIC;

-- UTF-8 bytes; A-Z a-z 0-9 - _ as they are, every other byte %XX in upper-case hex.
CREATE FUNCTION ticket_qr_escape(p_text text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    bytes constant bytea := convert_to(p_text, 'UTF8');
    result text := '';
    c integer;
BEGIN
    FOR i IN 0 .. octet_length(bytes) - 1 LOOP
        c := get_byte(bytes, i);
        IF c BETWEEN 48 AND 57 OR c BETWEEN 65 AND 90 OR c BETWEEN 97 AND 122 OR c = 45 OR c = 95 THEN
            result := result || chr(c);
        ELSE
            result := result || '%' || upper(lpad(to_hex(c), 2, '0'));
        END IF;
    END LOOP;
    RETURN result;
END
$$;
REVOKE ALL ON FUNCTION ticket_qr_escape(text) FROM PUBLIC;

-- Signs a sold ticket as stored (barcode, match, seat label), stores the payload in
-- tickets.qr_code_data and returns it:
--   HNS1.<barcode>.<match: base32 of its 16 bytes>.<escaped seat label>.<mac: base64url>
--   mac = first 16 bytes of HMAC-SHA256(match_signing_key(match),
--         'HNS1' \n barcode \n match uuid (lower case, hyphens) \n seat label), as UTF-8.
-- A sale inserts the ticket with its barcode and an empty qr_code_data and calls this in the same
-- transaction. Only SOLD tickets with a Tribina barcode are signed.
CREATE FUNCTION ticket_qr_sign(p_ticket uuid) RETURNS text
    LANGUAGE plpgsql VOLATILE STRICT SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v record;
    v_message bytea;
    v_payload text;
BEGIN
    SELECT d.barcode, d.match_id, d.seat_label, d.ticket_status INTO v
    FROM ticket_print_data d WHERE d.ticket_id = p_ticket;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'ticket % does not exist', p_ticket USING ERRCODE = 'no_data_found';
    END IF;
    IF v.ticket_status <> 'SOLD' THEN
        RAISE EXCEPTION 'ticket % is %; only sold tickets get a signed code', p_ticket, v.ticket_status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF NOT ticket_barcode_is_valid(v.barcode) THEN
        RAISE EXCEPTION 'ticket % has the barcode "%", which Tribina did not issue', p_ticket, v.barcode
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_message := convert_to('HNS1' || chr(10) || v.barcode || chr(10) || v.match_id::text || chr(10)
                            || v.seat_label, 'UTF8');
    v_payload := 'HNS1.' || v.barcode
        || '.' || ticket_qr_base32(decode(replace(v.match_id::text, '-', ''), 'hex'))
        || '.' || ticket_qr_escape(v.seat_label)
        || '.' || translate(rtrim(encode(substr(hmac(v_message, match_signing_key(v.match_id), 'sha256'), 1, 16),
                                         'base64'), '='), '+/', '-_');
    UPDATE tickets SET qr_code_data = v_payload WHERE id = p_ticket;
    RETURN v_payload;
END
$$;
REVOKE ALL ON FUNCTION ticket_qr_sign(uuid) FROM PUBLIC;

-- =============================================================================================
-- Grants
-- =============================================================================================
-- Keys: admins and support only (see the top). Counters and petrol stations never hold a key:
-- they sell, and the database signs what they sold.
GRANT EXECUTE ON FUNCTION match_signing_key(uuid) TO tribina_admin, tribina_support;
-- Everyone who creates or reissues tickets: admins, counters, petrol stations, support.
GRANT EXECUTE ON FUNCTION ticket_qr_sign(uuid)
    TO tribina_admin, tribina_box_office, tribina_petrol, tribina_support;
-- Pure functions, harmless to all: checking a barcode, and the label the view computes (a
-- security_invoker view calls its functions with the reader's rights).
GRANT EXECUTE ON FUNCTION ticket_barcode_is_valid(text), ticket_seat_label(text, text, text, boolean)
    TO tribina_admin, tribina_box_office, tribina_petrol, tribina_support, tribina_reporting;
-- Reading the view needs the reader's rights on tickets, orders and holders as well (invoker).
GRANT SELECT ON ticket_print_data
    TO tribina_admin, tribina_box_office, tribina_petrol, tribina_support, tribina_reporting;
