-- 0007_pricing_and_audit_shipping.sql — the one price computation, and shipping the audit outbox.
--
-- Pricing: price_breakdown() is the SQL twin of models/pricing/pricebreakdown.cpp (ARCHITECTURE.md,
-- "Money"; README "Money"). Every channel and every report computes ticket, VAT and fee amounts
-- with one of the two; tests/audit/tst_pricing holds them to identical results. Both work in
-- integer cents and hundredths of a percent and round each amount half up (away from zero).
--
-- Audit shipping: `tribina-admin audit ship` (models/audit/auditshipper.cpp) pushes unshipped
-- audit_outbox rows to Grafana Loki. A row Loki rejects for good (a 4xx other than 429) is parked
-- here instead of being retried forever; audit_outbox itself stays append-only (its guard in 0002
-- is untouched), so parking is a row of its own.
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.

SET LOCAL search_path = public;

-- =============================================================================================
-- Pricing
-- =============================================================================================

-- n / d rounded half away from zero, for integers (d > 0). div() truncates toward zero.
CREATE FUNCTION price_divide_rounded(p_numerator numeric, p_denominator numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT sign(p_numerator) * div(2 * abs(p_numerator) + p_denominator, 2 * p_denominator)
$$;
REVOKE ALL ON FUNCTION price_divide_rounded(numeric, numeric) FROM PUBLIC;

-- One ticket: p_price is the category price (VAT-inclusive, euros), the rest are percentages
-- (numeric(5,2) as in fee_configurations and quotas; a NULL discount is no discount).
--   ticket     = round(price × (100 − discount) / 100)
--   ticket VAT = round(ticket × r / (100 + r))      fee     = round(ticket × f / 100)
--   fee VAT    = round(fee × v / (100 + v))         total   = ticket + fee
-- Each is rounded to the cent half up; an order stores the sums of its tickets' amounts.
CREATE FUNCTION price_breakdown(p_price numeric, p_discount_percent numeric, p_fee_percent numeric,
                                p_ticket_vat numeric, p_fee_vat numeric)
    RETURNS TABLE (ticket_amount numeric, ticket_vat_amount numeric, fee_amount numeric,
                   fee_vat_amount numeric, total_amount numeric)
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_price    numeric := p_price * 100;                          -- cents
    v_discount numeric := coalesce(p_discount_percent, 0) * 100;  -- hundredths of a percent
    v_fee      numeric := p_fee_percent * 100;
    v_tvat     numeric := p_ticket_vat * 100;
    v_fvat     numeric := p_fee_vat * 100;
    v_ticket   numeric;
    v_fee_c    numeric;
BEGIN
    IF v_price IS NULL OR v_fee IS NULL OR v_tvat IS NULL OR v_fvat IS NULL THEN
        RAISE EXCEPTION 'price_breakdown: price and rates are required' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF v_price < 0 OR v_price <> trunc(v_price) THEN
        RAISE EXCEPTION 'price_breakdown: % is not a price in whole cents', p_price
            USING ERRCODE = 'numeric_value_out_of_range';
    END IF;
    IF least(v_discount, v_fee, v_tvat, v_fvat) < 0 OR greatest(v_discount, v_fee, v_tvat, v_fvat) > 10000
       OR v_discount <> trunc(v_discount) OR v_fee <> trunc(v_fee)
       OR v_tvat <> trunc(v_tvat) OR v_fvat <> trunc(v_fvat) THEN
        RAISE EXCEPTION 'price_breakdown: percentages must lie in 0..100 with at most two decimals'
            USING ERRCODE = 'numeric_value_out_of_range';
    END IF;
    v_ticket := price_divide_rounded(v_price * (10000 - v_discount), 10000);
    v_fee_c := price_divide_rounded(v_ticket * v_fee, 10000);
    ticket_amount := round(v_ticket / 100, 2);
    ticket_vat_amount := round(price_divide_rounded(v_ticket * v_tvat, 10000 + v_tvat) / 100, 2);
    fee_amount := round(v_fee_c / 100, 2);
    fee_vat_amount := round(price_divide_rounded(v_fee_c * v_fvat, 10000 + v_fvat) / 100, 2);
    total_amount := round((v_ticket + v_fee_c) / 100, 2);
    RETURN NEXT;
END
$$;
REVOKE ALL ON FUNCTION price_breakdown(numeric, numeric, numeric, numeric, numeric) FROM PUBLIC;

-- The rates in force for a match: its own fee_configurations row, else the default row
-- (match_id NULL), either in force on the kick-off date (Europe/Zagreb), latest effective_from
-- first; home or away rates by matches.match_type. Without any row, the schema defaults
-- (from_defaults true) — the same choice as the view ticket_print_data (0005) and
-- models/pricing/feerepository.cpp. No row for an unknown match.
CREATE FUNCTION match_fee_rates(p_match uuid)
    RETURNS TABLE (match_type match_type, fee_percent numeric, ticket_vat_percent numeric,
                   fee_vat_percent numeric, from_defaults boolean)
    LANGUAGE sql STABLE
    SET search_path = public, pg_temp
AS $$
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
    WHERE m.id = p_match
$$;
REVOKE ALL ON FUNCTION match_fee_rates(uuid) FROM PUBLIC;

-- Convenience for channels and reports: one ticket of p_match at p_price with a discount.
CREATE FUNCTION match_price_breakdown(p_match uuid, p_price numeric, p_discount_percent numeric DEFAULT 0)
    RETURNS TABLE (ticket_amount numeric, ticket_vat_amount numeric, fee_amount numeric,
                   fee_vat_amount numeric, total_amount numeric)
    LANGUAGE sql STABLE
    SET search_path = public, pg_temp
AS $$
    SELECT b.*
    FROM match_fee_rates(p_match) r
    CROSS JOIN LATERAL price_breakdown(p_price, p_discount_percent, r.fee_percent,
                                       r.ticket_vat_percent, r.fee_vat_percent) b
$$;
REVOKE ALL ON FUNCTION match_price_breakdown(uuid, numeric, numeric) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION price_divide_rounded(numeric, numeric),
                          price_breakdown(numeric, numeric, numeric, numeric, numeric),
                          match_fee_rates(uuid),
                          match_price_breakdown(uuid, numeric, numeric)
    TO tribina_admin, tribina_box_office, tribina_petrol, tribina_support, tribina_reporting;

-- =============================================================================================
-- Audit shipping
-- =============================================================================================

-- Rows Loki refused for good (400, 413, ...), with its answer, so they are looked at by a person
-- rather than retried forever or silently dropped. Append-only like the outbox; one entry per row.
CREATE TABLE audit_outbox_parked (
    outbox_id    bigint PRIMARY KEY REFERENCES audit_outbox (id),
    status_code  integer NOT NULL CHECK (status_code BETWEEN 100 AND 599),
    response     text NOT NULL DEFAULT '',
    parked_at    timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION audit_outbox_parked_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION 'parked audit events are append-only'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
REVOKE ALL ON FUNCTION audit_outbox_parked_guard() FROM PUBLIC;
CREATE TRIGGER audit_outbox_parked_guard BEFORE UPDATE OR DELETE ON audit_outbox_parked
    FOR EACH ROW EXECUTE FUNCTION audit_outbox_parked_guard();
CREATE TRIGGER audit_outbox_parked_truncate BEFORE TRUNCATE ON audit_outbox_parked
    FOR EACH STATEMENT EXECUTE FUNCTION audit_outbox_parked_guard();

-- The shipper runs as an admin; reporting may see what was parked.
GRANT SELECT, INSERT ON audit_outbox_parked TO tribina_admin;
GRANT SELECT ON audit_outbox_parked TO tribina_reporting;

-- A shipper running with --follow LISTENs here instead of only polling. The payload is empty:
-- the shipper reads the queue itself. (Statement level: one notification per transaction.)
CREATE FUNCTION audit_outbox_notify() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM pg_notify('tribina_audit', '');
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION audit_outbox_notify() FROM PUBLIC;
CREATE TRIGGER audit_outbox_notify AFTER INSERT ON audit_outbox
    FOR EACH STATEMENT EXECUTE FUNCTION audit_outbox_notify();
