-- 0001_core_schema.sql — the HNS ticketing data model (hns-ticketing-data-model.txt), the part a
-- desktop box office uses: E1 users, E2 stadiums and matches, E4 orders and tickets, E7 quotas,
-- E8 payments, E9 cancellation requests, E10 support transfers, E11 blacklist, E12 petrol,
-- E13 access control. Left out on purpose: queue tables (E5), loyalty (E6), wallet passes, away
-- PDFs, e-racuni documents, email/push (E15), stripe_webhook_logs and every table the model keeps
-- in Grafana Loki (those become audit_outbox rows, migration 0002).
--
-- Applied by the migrator inside one transaction: no BEGIN/COMMIT here.
-- Conventions: UUID keys default to gen_random_uuid() (core since PostgreSQL 13), money is
-- NUMERIC(10,2), enum values as in the model. Indexes carry the model's names; an index the model
-- lists that is a leading prefix of a unique index it also lists is left out (the unique index
-- serves the same look-ups and every extra index slows the hot seat-inventory updates):
-- idx_sectors_stadium, idx_row_configs_map, idx_seats_sector, idx_match_seat_inv_match,
-- idx_price_categories_match, idx_tickets_match, idx_extra_barcodes_match.

SET LOCAL search_path = public;

CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- ---------------------------------------------------------------------------------------------
-- OIB (Croatian personal identification number): 11 digits, the last one a check digit by
-- ISO 7064 MOD 11,10. Used in CHECK constraints, so it must be IMMUTABLE.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION oib_is_valid(p_oib text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    a integer := 10;
BEGIN
    IF p_oib !~ '^[0-9]{11}$' THEN
        RETURN false;
    END IF;
    FOR i IN 1..10 LOOP
        a := (a + substr(p_oib, i, 1)::integer) % 10;
        IF a = 0 THEN
            a := 10;
        END IF;
        a := (a * 2) % 11;
    END LOOP;
    RETURN (11 - a) % 10 = substr(p_oib, 11, 1)::integer;
END
$$;
COMMENT ON FUNCTION oib_is_valid(text) IS 'true when the text is an OIB with a valid ISO 7064 MOD 11,10 check digit';

-- ---------------------------------------------------------------------------------------------
-- Enums
-- ---------------------------------------------------------------------------------------------
-- E1
CREATE TYPE user_status AS ENUM ('active', 'inactive', 'suspended');
-- E2
CREATE TYPE stadium_type AS ENUM ('HOME', 'AWAY');
CREATE TYPE sector_type AS ENUM ('STANDARD', 'VIP', 'ACCESSIBILITY', 'STANDING');
-- The model names two different enums "config_status"; this one is the seat map's.
CREATE TYPE seat_map_status AS ENUM ('DRAFT', 'ACTIVE');
CREATE TYPE numbering_dir AS ENUM ('LTR', 'RTL');
CREATE TYPE seat_type AS ENUM ('STANDARD', 'TECHNICAL', 'ACCESSIBILITY', 'COMPANION');
CREATE TYPE match_type AS ENUM ('HOME', 'AWAY');
CREATE TYPE match_status AS ENUM ('DRAFT', 'PUBLISHED', 'ACTIVE', 'CLOSED', 'CANCELLED');
-- ... and this one the match's stadium configuration ("config_status" in the model too).
CREATE TYPE stadium_config_status AS ENUM ('DRAFT', 'VALIDATED', 'LOCKED');
CREATE TYPE attendance_mode AS ENUM ('WITH_DATA', 'WITHOUT_DATA');
CREATE TYPE phase_type AS ENUM ('LOYALTY', 'GENERAL_PUBLIC', 'QUOTA_ONLY');
CREATE TYPE match_sector_status AS ENUM ('ACTIVE', 'CLOSED', 'MAINTENANCE');
CREATE TYPE sector_purpose AS ENUM ('GENERAL', 'AWAY_FANS', 'VIP', 'PRESS', 'FREE');
CREATE TYPE seat_status AS ENUM (
    'AVAILABLE', 'RESERVED', 'SOLD', 'ALLOCATED', 'BLOCKED',
    'TECHNICAL', 'OFFICIAL', 'MAINTENANCE', 'QUARANTINED', 'INACTIVE');
CREATE TYPE traversal_dir AS ENUM ('TOP_TO_BOTTOM', 'BOTTOM_TO_TOP');
CREATE TYPE row_strategy AS ENUM ('CENTER_OUTWARD', 'LEFT_TO_RIGHT', 'RIGHT_TO_LEFT');
-- E4
CREATE TYPE order_status AS ENUM (
    'PENDING', 'PAYMENT_PENDING', 'PAYMENT_FAILED', 'COMPLETED', 'CANCELLED', 'REFUNDED');
CREATE TYPE ticket_status AS ENUM (
    'SOLD', 'ATTENDED', 'CANCELLED', 'TRANSFERRED',
    'CANCELLED_MATCH_CANCELLED', 'CANCELLED_BLACKLIST', 'REFUNDED');
CREATE TYPE ticket_cancel_reason AS ENUM (
    'SELF_SERVICE', 'SUPPORT_REQUEST', 'MATCH_CANCELLED',
    'BLACKLIST_BUYER', 'BLACKLIST_HOLDER', 'SYSTEM');
CREATE TYPE holder_source AS ENUM ('DEFAULT_PROFILE', 'SAVED_PROFILE', 'MANUAL_ENTRY');
-- E7
CREATE TYPE allocation_algo AS ENUM ('NM', 'REDOM');
CREATE TYPE quota_status AS ENUM ('PENDING', 'ACTIVE', 'PAST_DEADLINE', 'CANCELLED', 'FULLY_CLAIMED');
CREATE TYPE cancellation_type AS ENUM ('ALL_UNUSED', 'UNFULFILLED_ONLY');
CREATE TYPE quota_seat_status AS ENUM ('ALLOCATED', 'RESERVED', 'SOLD', 'DELEGATED', 'CANCELLED');
CREATE TYPE subquota_status AS ENUM ('ALLOCATED', 'RESERVED', 'SOLD', 'EXPIRED', 'CANCELLED', 'RETRACTED');
CREATE TYPE claim_cart_status AS ENUM ('ACTIVE', 'EXPIRED', 'COMPLETED', 'ABANDONED');
CREATE TYPE claim_payment_status AS ENUM ('PENDING', 'DEFERRED', 'PAID', 'FREE');
-- E8
CREATE TYPE payment_status AS ENUM ('PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELLED');
CREATE TYPE refund_source AS ENUM ('SELF_SERVICE', 'SUPPORT', 'SYSTEM');
CREATE TYPE refund_status AS ENUM (
    'PENDING', 'PENDING_APPROVAL', 'APPROVED', 'PROCESSING', 'COMPLETED', 'FAILED', 'REJECTED');
CREATE TYPE offer_status AS ENUM ('DRAFT', 'SENT', 'PAID', 'OVERDUE', 'CANCELLED');
-- E9
CREATE TYPE cancellation_req_status AS ENUM ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED');
-- E10
CREATE TYPE support_req_status AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'COMPLETED');
-- E11
CREATE TYPE blacklist_status AS ENUM ('ACTIVE', 'REMOVED');
-- E12
CREATE TYPE pin_status AS ENUM ('ACTIVE', 'USED', 'EXPIRED', 'CANCELLED');
CREATE TYPE reservation_status AS ENUM (
    'RESERVED', 'IDENTITY_VERIFIED', 'COMPLETED', 'CANCELLED', 'EXPIRED');
CREATE TYPE petrol_payment AS ENUM ('CASH', 'CARD');
-- E13
CREATE TYPE unmatched_reason AS ENUM ('NOT_FOUND', 'ALREADY_CANCELLED', 'INVALID_FORMAT');

-- ---------------------------------------------------------------------------------------------
-- E1: users and profiles
-- ---------------------------------------------------------------------------------------------
CREATE TABLE users (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    drupal_user_id  varchar(255) NOT NULL,
    email           varchar(255) NOT NULL,
    status          user_status NOT NULL DEFAULT 'active',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX idx_users_email ON users (email);
CREATE UNIQUE INDEX idx_users_drupal_id ON users (drupal_user_id);

CREATE TABLE user_profiles (
    user_id          uuid PRIMARY KEY REFERENCES users (id),
    full_name        varchar(255) NOT NULL,
    date_of_birth    date NOT NULL,
    nationality      varchar(100) NOT NULL,
    oib              varchar(11) CONSTRAINT user_profiles_oib_valid CHECK (oib_is_valid(oib)),
    passport_number  bytea,
    phone            varchar(50),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_profiles_oib_or_passport CHECK (oib IS NOT NULL OR passport_number IS NOT NULL)
);
-- OIB is globally unique.
CREATE UNIQUE INDEX idx_user_profiles_oib ON user_profiles (oib) WHERE oib IS NOT NULL;

CREATE TABLE saved_profiles (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             uuid NOT NULL REFERENCES users (id),
    full_name           varchar(255) NOT NULL,
    date_of_birth       date NOT NULL,
    nationality         varchar(100) NOT NULL,
    oib_encrypted       bytea,
    passport_encrypted  bytea,
    email               varchar(255),
    phone               varchar(50),
    relationship        varchar(100),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_saved_profiles_user ON saved_profiles (user_id);
CREATE UNIQUE INDEX idx_saved_profiles_user_oib ON saved_profiles (user_id, oib_encrypted)
    WHERE oib_encrypted IS NOT NULL;

-- "Max 10 saved profiles per user". A CHECK cannot count rows; the trigger serialises inserts per
-- user with a transaction-scoped advisory lock (two-key form, class 1001; the migrator's lock
-- uses the one-key form, a separate key space) so two concurrent inserts cannot both pass.
CREATE FUNCTION saved_profiles_limit() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(1001, hashtext(NEW.user_id::text));
    IF (SELECT count(*) FROM saved_profiles WHERE user_id = NEW.user_id AND id <> NEW.id) >= 10 THEN
        RAISE EXCEPTION 'a user can keep at most 10 saved profiles'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER saved_profiles_limit BEFORE INSERT OR UPDATE OF user_id ON saved_profiles
    FOR EACH ROW EXECUTE FUNCTION saved_profiles_limit();

CREATE TABLE sessions (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             uuid NOT NULL REFERENCES users (id),
    refresh_token_hash  varchar(255) NOT NULL,
    device_id           varchar(255),
    expires_at          timestamptz NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_sessions_user ON sessions (user_id);
CREATE INDEX idx_sessions_expires ON sessions (expires_at);

-- ---------------------------------------------------------------------------------------------
-- E2: stadiums, sectors, seats, matches
-- Layout children cascade from their parent (deleting a sector in the editor removes its seats
-- and seat map); a seat that a match inventory references still cannot be deleted.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE stadiums (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name           varchar(255) NOT NULL,
    city           varchar(100) NOT NULL,
    country        varchar(2) NOT NULL DEFAULT 'HR' CHECK (country ~ '^[A-Z]{2}$'),
    address        varchar(500),
    type           stadium_type NOT NULL,
    -- Sum of the sector capacities, maintained by the application (read-only in the UI).
    base_capacity  integer NOT NULL DEFAULT 0 CHECK (base_capacity >= 0),
    is_numbered    boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_stadiums_type ON stadiums (type);
CREATE INDEX idx_stadiums_country ON stadiums (country);

CREATE TABLE sectors (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    stadium_id   uuid NOT NULL REFERENCES stadiums (id) ON DELETE CASCADE,
    name         varchar(100) NOT NULL,
    code         varchar(20) NOT NULL,
    capacity     integer NOT NULL CHECK (capacity >= 0),
    sector_type  sector_type NOT NULL DEFAULT 'STANDARD',
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX idx_sectors_stadium_code ON sectors (stadium_id, code);

CREATE TABLE sector_seat_maps (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sector_id             uuid NOT NULL REFERENCES sectors (id) ON DELETE CASCADE,
    total_rows            integer NOT NULL CHECK (total_rows >= 0),
    configuration_status  seat_map_status NOT NULL DEFAULT 'DRAFT',
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_sector_seat_maps_sector ON sector_seat_maps (sector_id);

CREATE TABLE row_configurations (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sector_seat_map_id   uuid NOT NULL REFERENCES sector_seat_maps (id) ON DELETE CASCADE,
    row_identifier       varchar(10) NOT NULL,
    seat_count           integer NOT NULL CHECK (seat_count > 0),
    start_seat_number    integer NOT NULL DEFAULT 1 CHECK (start_seat_number >= 0),
    numbering_direction  numbering_dir NOT NULL DEFAULT 'LTR',
    has_gap              boolean NOT NULL DEFAULT false,
    gap_after_seat       integer,
    row_order            integer NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT row_configurations_gap_position CHECK (NOT has_gap OR gap_after_seat IS NOT NULL)
);
CREATE UNIQUE INDEX idx_row_configs_map_row ON row_configurations (sector_seat_map_id, row_identifier);

CREATE TABLE seats (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sector_id       uuid NOT NULL REFERENCES sectors (id) ON DELETE CASCADE,
    row_identifier  varchar(10) NOT NULL,
    seat_number     varchar(10) NOT NULL,
    seat_type       seat_type NOT NULL DEFAULT 'STANDARD',
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX idx_seats_sector_row_seat ON seats (sector_id, row_identifier, seat_number);

CREATE TABLE matches (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    home_team              varchar(255) NOT NULL,
    away_team              varchar(255) NOT NULL,
    competition            varchar(255) NOT NULL,
    kick_off_time          timestamptz NOT NULL,
    venue_id               uuid NOT NULL REFERENCES stadiums (id),
    match_type             match_type NOT NULL,
    is_numbered            boolean NOT NULL DEFAULT true,
    status                 match_status NOT NULL DEFAULT 'DRAFT',
    stadium_config_status  stadium_config_status NOT NULL DEFAULT 'DRAFT',
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    published_at           timestamptz,
    stadium_validated_at   timestamptz,
    stadium_locked_at      timestamptz,
    closed_at              timestamptz,
    closed_by              uuid REFERENCES users (id),
    attendance_mode        attendance_mode,
    no_attendance_reason   varchar(50),
    no_attendance_notes    text,
    cancelled_at           timestamptz,
    cancelled_by           uuid REFERENCES users (id),
    cancellation_reason    text
);
CREATE INDEX idx_matches_status ON matches (status);
CREATE INDEX idx_matches_kickoff ON matches (kick_off_time);
CREATE INDEX idx_matches_venue ON matches (venue_id);
CREATE INDEX idx_matches_type ON matches (match_type);

CREATE TABLE sales_phases (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    match_id                uuid NOT NULL REFERENCES matches (id),
    phase_type              phase_type NOT NULL,
    name                    varchar(100) NOT NULL,
    start_at                timestamptz NOT NULL,
    end_at                  timestamptz NOT NULL,
    eligibility_rules_json  jsonb,
    ticket_limit            integer NOT NULL DEFAULT 4 CHECK (ticket_limit > 0),
    is_active               boolean NOT NULL DEFAULT true,
    created_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sales_phases_end_after_start CHECK (end_at > start_at),
    -- Phases of one match never overlap (half-open ranges: one may start when the other ends).
    CONSTRAINT sales_phases_no_overlap
        EXCLUDE USING gist (match_id WITH =, tstzrange(start_at, end_at) WITH &&)
);
CREATE INDEX idx_sales_phases_match ON sales_phases (match_id);
CREATE INDEX idx_sales_phases_dates ON sales_phases (start_at, end_at);

CREATE TABLE price_categories (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    match_id    uuid NOT NULL REFERENCES matches (id),
    name        varchar(50) NOT NULL,
    price       numeric(10,2) NOT NULL CHECK (price >= 0),
    currency    varchar(3) NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
    color       varchar(7) CHECK (color ~ '^#[0-9A-Fa-f]{6}$'),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX idx_price_categories_match_name ON price_categories (match_id, name);

CREATE TABLE match_sectors (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    match_id           uuid NOT NULL REFERENCES matches (id),
    sector_id          uuid REFERENCES sectors (id),
    name               varchar(100) NOT NULL,
    code               varchar(20),
    total_capacity     integer NOT NULL CHECK (total_capacity >= 0),
    technical_seats    integer NOT NULL DEFAULT 0,
    sellable_capacity  integer GENERATED ALWAYS AS (total_capacity - technical_seats) STORED,
    price_category_id  uuid REFERENCES price_categories (id),
    status             match_sector_status NOT NULL DEFAULT 'ACTIVE',
    purpose            sector_purpose NOT NULL DEFAULT 'GENERAL',
    is_numbered        boolean NOT NULL DEFAULT true,
    has_seat_map       boolean NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT match_sectors_technical_seats CHECK (technical_seats BETWEEN 0 AND total_capacity)
);
CREATE INDEX idx_match_sectors_match ON match_sectors (match_id);
CREATE UNIQUE INDEX idx_match_sectors_match_sector ON match_sectors (match_id, sector_id)
    WHERE sector_id IS NOT NULL;
CREATE INDEX idx_match_sectors_price_cat ON match_sectors (price_category_id);
CREATE INDEX idx_match_sectors_sector ON match_sectors (sector_id);

CREATE TABLE match_seat_inventory (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    match_id          uuid NOT NULL REFERENCES matches (id),
    seat_id           uuid NOT NULL REFERENCES seats (id),
    status            seat_status NOT NULL DEFAULT 'AVAILABLE',
    last_modified_by  uuid REFERENCES users (id),
    last_modified_at  timestamptz NOT NULL DEFAULT now(),
    version           integer NOT NULL DEFAULT 1,
    -- Target of tickets' composite foreign key: a ticket's seat belongs to the ticket's match.
    CONSTRAINT match_seat_inventory_id_match UNIQUE (id, match_id)
);
CREATE UNIQUE INDEX idx_match_seat_inv_match_seat ON match_seat_inventory (match_id, seat_id);
CREATE INDEX idx_match_seat_inv_status ON match_seat_inventory (match_id, status);
-- Without it, deleting one seat in the layout editor scans the whole inventory (FK check).
CREATE INDEX idx_match_seat_inv_seat ON match_seat_inventory (seat_id);

CREATE TABLE sector_snake_configs (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sector_id                uuid NOT NULL REFERENCES sectors (id) ON DELETE CASCADE,
    best_row_index           integer NOT NULL DEFAULT 0 CHECK (best_row_index >= 0),
    traversal_direction      traversal_dir NOT NULL DEFAULT 'TOP_TO_BOTTOM',
    within_row_strategy      row_strategy NOT NULL DEFAULT 'CENTER_OUTWARD',
    subsector_grouping_json  jsonb,
    created_at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_sector_snake_configs_sector ON sector_snake_configs (sector_id);

-- ---------------------------------------------------------------------------------------------
-- E4: orders, tickets, holders
-- ---------------------------------------------------------------------------------------------
CREATE TABLE orders (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id              uuid NOT NULL REFERENCES users (id),
    match_id             uuid NOT NULL REFERENCES matches (id),
    order_number         varchar(20) NOT NULL,
    status               order_status NOT NULL DEFAULT 'PENDING',
    ticket_amount        numeric(10,2) NOT NULL CHECK (ticket_amount >= 0),
    ticket_vat_amount    numeric(10,2) NOT NULL CHECK (ticket_vat_amount >= 0),
    fee_amount           numeric(10,2) NOT NULL CHECK (fee_amount >= 0),
    fee_vat_amount       numeric(10,2) NOT NULL CHECK (fee_vat_amount >= 0),
    total_amount         numeric(10,2) NOT NULL,
    currency             varchar(3) NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
    sales_phase_id       uuid REFERENCES sales_phases (id),
    -- The queue (E5) is not part of this schema: kept as a plain reference without a foreign key.
    queue_entry_id       uuid,
    created_at           timestamptz NOT NULL DEFAULT now(),
    completed_at         timestamptz,
    cancelled_at         timestamptz,
    cancelled_by         uuid REFERENCES users (id),
    cancellation_reason  varchar(255),
    -- Prices are VAT-inclusive (ARCHITECTURE.md, "Money"): the VAT is contained in the amounts.
    CONSTRAINT orders_total CHECK (total_amount = ticket_amount + fee_amount),
    CONSTRAINT orders_vat_within CHECK (ticket_vat_amount <= ticket_amount AND fee_vat_amount <= fee_amount),
    -- Target of tickets' composite foreign key: a ticket belongs to its order's match.
    CONSTRAINT orders_id_match UNIQUE (id, match_id)
);
CREATE INDEX idx_orders_user ON orders (user_id);
CREATE INDEX idx_orders_match ON orders (match_id);
CREATE UNIQUE INDEX idx_orders_number ON orders (order_number);
CREATE INDEX idx_orders_status ON orders (status);
CREATE INDEX idx_orders_created ON orders (created_at);

CREATE TABLE tickets (
    id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id                  uuid NOT NULL,
    match_id                  uuid NOT NULL REFERENCES matches (id),
    match_seat_inventory_id   uuid NOT NULL,
    barcode                   varchar(50) NOT NULL,
    qr_code_data              varchar(255) NOT NULL,
    status                    ticket_status NOT NULL DEFAULT 'SOLD',
    price_amount              numeric(10,2) NOT NULL CHECK (price_amount >= 0),
    fee_amount                numeric(10,2) NOT NULL CHECK (fee_amount >= 0),
    transfer_allowed          boolean NOT NULL DEFAULT true,
    external_pdf_url          varchar(500),
    external_ticket_required  boolean NOT NULL DEFAULT false,
    pdf_delivered_at          timestamptz,
    attended_at               timestamptz,
    cancelled_at              timestamptz,
    cancelled_by              uuid REFERENCES users (id),
    cancellation_reason       ticket_cancel_reason,
    created_at                timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tickets_order_fk FOREIGN KEY (order_id, match_id) REFERENCES orders (id, match_id),
    CONSTRAINT tickets_seat_fk FOREIGN KEY (match_seat_inventory_id, match_id)
        REFERENCES match_seat_inventory (id, match_id)
);
CREATE INDEX idx_tickets_order ON tickets (order_id);
CREATE UNIQUE INDEX idx_tickets_barcode ON tickets (barcode);
CREATE INDEX idx_tickets_status ON tickets (status);
CREATE INDEX idx_tickets_match_status ON tickets (match_id, status);
CREATE INDEX idx_tickets_inventory ON tickets (match_seat_inventory_id);
-- Last line of defence against a double sale: one live ticket per seat and match. A cancelled,
-- refunded or transferred ticket frees the seat for a new ticket.
CREATE UNIQUE INDEX idx_tickets_one_live_per_seat ON tickets (match_seat_inventory_id)
    WHERE status IN ('SOLD', 'ATTENDED');

CREATE TABLE ticket_holders (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ticket_id           uuid NOT NULL REFERENCES tickets (id),
    full_name           varchar(255) NOT NULL,
    date_of_birth       date NOT NULL,
    nationality         varchar(100) NOT NULL,
    oib_encrypted       bytea,
    passport_encrypted  bytea,
    email               varchar(255),
    phone               varchar(50),
    is_minor            boolean NOT NULL DEFAULT false,
    source              holder_source NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX idx_ticket_holders_ticket ON ticket_holders (ticket_id);

-- ---------------------------------------------------------------------------------------------
-- E7: quotas
-- ---------------------------------------------------------------------------------------------
CREATE TABLE quota_import_batches (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    match_id           uuid NOT NULL REFERENCES matches (id),
    file_name          varchar(255) NOT NULL,
    total_rows         integer NOT NULL CHECK (total_rows >= 0),
    successful_rows    integer NOT NULL DEFAULT 0 CHECK (successful_rows >= 0),
    failed_rows        integer NOT NULL DEFAULT 0 CHECK (failed_rows >= 0),
    error_report_json  jsonb,
    imported_by        uuid NOT NULL REFERENCES users (id),
    imported_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_quota_import_match ON quota_import_batches (match_id);

CREATE TABLE quotas (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    match_id               uuid NOT NULL REFERENCES matches (id),
    recipient_email        varchar(255) NOT NULL,
    recipient_name         varchar(255) NOT NULL,
    internal_note          varchar(500),
    total_quantity         integer NOT NULL CHECK (total_quantity > 0),
    sector_ids             uuid[] NOT NULL,
    discount_percent       numeric(5,2) NOT NULL DEFAULT 0 CHECK (discount_percent BETWEEN 0 AND 100),
    allocation_algorithm   allocation_algo NOT NULL DEFAULT 'NM',
    expiration_date        date NOT NULL,
    can_create_subquotas   boolean NOT NULL DEFAULT false,
    transfer_allowed       boolean NOT NULL DEFAULT true,
    deferred_payment       boolean NOT NULL DEFAULT false,
    auto_send_email        boolean NOT NULL DEFAULT true,
    status                 quota_status NOT NULL DEFAULT 'PENDING',
    batch_id               uuid REFERENCES quota_import_batches (id),
    created_by             uuid NOT NULL REFERENCES users (id),
    created_at             timestamptz NOT NULL DEFAULT now(),
    cancelled_at           timestamptz,
    cancelled_by           uuid REFERENCES users (id),
    cancellation_type      cancellation_type,
    CONSTRAINT quotas_sector_ids_not_empty CHECK (cardinality(sector_ids) > 0)
);
CREATE INDEX idx_quotas_match ON quotas (match_id);
CREATE INDEX idx_quotas_recipient ON quotas (recipient_email);
CREATE INDEX idx_quotas_status ON quotas (status);
CREATE INDEX idx_quotas_batch ON quotas (batch_id);

CREATE TABLE subquotas (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    parent_quota_id  uuid NOT NULL REFERENCES quotas (id),
    recipient_email  varchar(255) NOT NULL,
    recipient_name   varchar(255) NOT NULL,
    internal_note    varchar(500),
    quantity         integer NOT NULL CHECK (quantity > 0),
    status           subquota_status NOT NULL DEFAULT 'ALLOCATED',
    expires_at       timestamptz NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    claimed_at       timestamptz,
    retracted_at     timestamptz
);
CREATE INDEX idx_subquotas_parent ON subquotas (parent_quota_id);
CREATE INDEX idx_subquotas_recipient ON subquotas (recipient_email);
CREATE INDEX idx_subquotas_status ON subquotas (status);

CREATE TABLE quota_claim_carts (
    id                        varchar(20) PRIMARY KEY,
    quota_id                  uuid NOT NULL REFERENCES quotas (id),
    subquota_id               uuid REFERENCES subquotas (id),
    user_id                   uuid NOT NULL REFERENCES users (id),
    status                    claim_cart_status NOT NULL DEFAULT 'ACTIVE',
    ticket_holders_json       jsonb,
    subtotal                  numeric(10,2) CHECK (subtotal >= 0),
    service_fee               numeric(10,2) CHECK (service_fee >= 0),
    total                     numeric(10,2) CHECK (total >= 0),
    stripe_payment_intent_id  varchar(255),
    payment_status            claim_payment_status,
    order_id                  uuid REFERENCES orders (id),
    expires_at                timestamptz NOT NULL,
    created_at                timestamptz NOT NULL DEFAULT now(),
    completed_at              timestamptz
);
CREATE INDEX idx_quota_claim_carts_quota ON quota_claim_carts (quota_id);
CREATE INDEX idx_quota_claim_carts_user ON quota_claim_carts (user_id);
CREATE INDEX idx_quota_claim_carts_status ON quota_claim_carts (status);
CREATE INDEX idx_quota_claim_carts_expires ON quota_claim_carts (expires_at) WHERE status = 'ACTIVE';

CREATE TABLE quota_seats (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    quota_id                 uuid NOT NULL REFERENCES quotas (id),
    match_seat_inventory_id  uuid NOT NULL REFERENCES match_seat_inventory (id),
    status                   quota_seat_status NOT NULL DEFAULT 'ALLOCATED',
    subquota_id              uuid REFERENCES subquotas (id),
    claim_cart_id            varchar(20) REFERENCES quota_claim_carts (id) ON DELETE SET NULL,
    ticket_id                uuid REFERENCES tickets (id),
    claimed_at               timestamptz,
    created_at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_quota_seats_quota ON quota_seats (quota_id);
CREATE INDEX idx_quota_seats_seat ON quota_seats (match_seat_inventory_id);
CREATE INDEX idx_quota_seats_status ON quota_seats (status);
CREATE INDEX idx_quota_seats_subquota ON quota_seats (subquota_id);

CREATE TABLE subquota_seats (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    subquota_id    uuid NOT NULL REFERENCES subquotas (id),
    quota_seat_id  uuid NOT NULL REFERENCES quota_seats (id),
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_subquota_seats_subquota ON subquota_seats (subquota_id);
CREATE UNIQUE INDEX idx_subquota_seats_quota_seat ON subquota_seats (quota_seat_id);

-- ---------------------------------------------------------------------------------------------
-- E8: payments
-- ---------------------------------------------------------------------------------------------
CREATE TABLE payments (
    id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id                  uuid NOT NULL REFERENCES orders (id),
    stripe_payment_intent_id  varchar(255),
    stripe_charge_id          varchar(255),
    amount                    numeric(10,2) NOT NULL CHECK (amount >= 0),
    currency                  varchar(3) NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
    status                    payment_status NOT NULL DEFAULT 'PENDING',
    created_at                timestamptz NOT NULL DEFAULT now(),
    completed_at              timestamptz,
    failed_at                 timestamptz,
    failure_reason            varchar(255)
);
CREATE INDEX idx_payments_order ON payments (order_id);
CREATE UNIQUE INDEX idx_payments_stripe_pi ON payments (stripe_payment_intent_id);
CREATE INDEX idx_payments_status ON payments (status);

CREATE TABLE refunds (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id          uuid NOT NULL REFERENCES orders (id),
    ticket_id         uuid REFERENCES tickets (id),
    payment_id        uuid NOT NULL REFERENCES payments (id),
    stripe_refund_id  varchar(255),
    refund_amount     numeric(10,2) NOT NULL CHECK (refund_amount >= 0),
    fee_retained      numeric(10,2) NOT NULL DEFAULT 0 CHECK (fee_retained >= 0),
    source            refund_source NOT NULL,
    reason            varchar(255),
    status            refund_status NOT NULL DEFAULT 'PENDING',
    requested_by      uuid NOT NULL REFERENCES users (id),
    approved_by       uuid REFERENCES users (id),
    created_at        timestamptz NOT NULL DEFAULT now(),
    completed_at      timestamptz
);
CREATE INDEX idx_refunds_order ON refunds (order_id);
CREATE INDEX idx_refunds_ticket ON refunds (ticket_id);
CREATE UNIQUE INDEX idx_refunds_stripe ON refunds (stripe_refund_id);
CREATE INDEX idx_refunds_status ON refunds (status);
CREATE INDEX idx_refunds_payment ON refunds (payment_id);

CREATE TABLE fee_configurations (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    match_id                 uuid REFERENCES matches (id),
    fee_percent              numeric(5,2) NOT NULL DEFAULT 6.00 CHECK (fee_percent BETWEEN 0 AND 100),
    home_ticket_vat_percent  numeric(5,2) NOT NULL DEFAULT 5.00 CHECK (home_ticket_vat_percent BETWEEN 0 AND 100),
    away_ticket_vat_percent  numeric(5,2) NOT NULL DEFAULT 0.00 CHECK (away_ticket_vat_percent BETWEEN 0 AND 100),
    home_fee_vat_percent     numeric(5,2) NOT NULL DEFAULT 25.00 CHECK (home_fee_vat_percent BETWEEN 0 AND 100),
    away_fee_vat_percent     numeric(5,2) NOT NULL DEFAULT 0.00 CHECK (away_fee_vat_percent BETWEEN 0 AND 100),
    effective_from           date NOT NULL,
    effective_to             date,
    created_at               timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fee_configurations_period CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX idx_fee_configs_match ON fee_configurations (match_id);
CREATE INDEX idx_fee_configs_dates ON fee_configurations (effective_from, effective_to);

CREATE TABLE debtors (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name                varchar(255) NOT NULL,
    oib                 varchar(11) NOT NULL CONSTRAINT debtors_oib_valid CHECK (oib_is_valid(oib)),
    address             text NOT NULL,
    email               varchar(255) NOT NULL,
    payment_terms_days  integer NOT NULL DEFAULT 30 CHECK (payment_terms_days >= 0),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT debtors_oib_key UNIQUE (oib)
);

CREATE TABLE payment_offers (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    debtor_id           uuid NOT NULL REFERENCES debtors (id),
    e_racuni_id         varchar(100),
    e_racuni_reference  varchar(100),
    orders              uuid[] NOT NULL,
    total_amount        numeric(10,2) NOT NULL CHECK (total_amount >= 0),
    currency            varchar(3) NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
    due_date            date NOT NULL,
    status              offer_status NOT NULL DEFAULT 'DRAFT',
    created_by          uuid NOT NULL REFERENCES users (id),
    created_at          timestamptz NOT NULL DEFAULT now(),
    sent_at             timestamptz,
    paid_at             timestamptz
);
CREATE INDEX idx_payment_offers_debtor ON payment_offers (debtor_id);

-- ---------------------------------------------------------------------------------------------
-- E9, E10: cancellation and support transfer requests
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cancellation_requests (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id       uuid NOT NULL REFERENCES orders (id),
    ticket_ids     uuid[] NOT NULL CHECK (cardinality(ticket_ids) > 0),
    reason         varchar(255),
    refund_amount  numeric(10,2) NOT NULL CHECK (refund_amount >= 0),
    initiated_by   uuid NOT NULL REFERENCES users (id),
    status         cancellation_req_status NOT NULL DEFAULT 'PENDING',
    created_at     timestamptz NOT NULL DEFAULT now(),
    completed_at   timestamptz
);
CREATE INDEX idx_cancellation_requests_order ON cancellation_requests (order_id);
CREATE INDEX idx_cancellation_requests_status ON cancellation_requests (status);

CREATE TABLE support_transfer_requests (
    id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ticket_id                 uuid NOT NULL REFERENCES tickets (id),
    requested_by_name         varchar(255) NOT NULL,
    requested_by_contact      varchar(255) NOT NULL,
    new_holder_name           varchar(255) NOT NULL,
    new_holder_oib_encrypted  bytea,
    new_holder_email          varchar(255),
    status                    support_req_status NOT NULL DEFAULT 'PENDING',
    agent_id                  uuid NOT NULL REFERENCES users (id),
    created_at                timestamptz NOT NULL DEFAULT now(),
    completed_at              timestamptz
);
CREATE INDEX idx_support_transfer_requests_ticket ON support_transfer_requests (ticket_id);
CREATE INDEX idx_support_transfer_requests_status ON support_transfer_requests (status);

-- ---------------------------------------------------------------------------------------------
-- E11: blacklist
-- ---------------------------------------------------------------------------------------------
CREATE TABLE blacklist (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    oib             varchar(11) NOT NULL CONSTRAINT blacklist_oib_valid CHECK (oib_is_valid(oib)),
    first_name      varchar(255) NOT NULL,
    last_name       varchar(255) NOT NULL,
    date_of_birth   date,
    status          blacklist_status NOT NULL DEFAULT 'ACTIVE',
    source          varchar(255),
    notes           text,
    created_by      uuid NOT NULL REFERENCES users (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    removed_by      uuid REFERENCES users (id),
    removed_at      timestamptz,
    removal_reason  varchar(255)
);
CREATE UNIQUE INDEX idx_blacklist_oib ON blacklist (oib);
CREATE INDEX idx_blacklist_status ON blacklist (status);
CREATE INDEX idx_blacklist_name ON blacklist (last_name, first_name);

-- ---------------------------------------------------------------------------------------------
-- E12: petrol
-- ---------------------------------------------------------------------------------------------
CREATE TABLE petrol_pins (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pin                  varchar(5) NOT NULL CHECK (pin ~ '^[0-9]{5}$'),
    user_id              uuid NOT NULL REFERENCES users (id),
    match_id             uuid NOT NULL REFERENCES matches (id),
    quantity             integer NOT NULL CHECK (quantity > 0),
    ticket_holders_json  jsonb NOT NULL,
    status               pin_status NOT NULL DEFAULT 'ACTIVE',
    expires_at           timestamptz NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    used_at              timestamptz
);
CREATE UNIQUE INDEX idx_petrol_pins_pin ON petrol_pins (pin);
CREATE INDEX idx_petrol_pins_user_match ON petrol_pins (user_id, match_id);
CREATE INDEX idx_petrol_pins_status ON petrol_pins (status);

CREATE TABLE petrol_deeplinks (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    match_id      uuid NOT NULL REFERENCES matches (id),
    deeplink_url  varchar(500) NOT NULL,
    qr_code_data  varchar(255) NOT NULL,
    is_active     boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX idx_petrol_deeplinks_match ON petrol_deeplinks (match_id);

CREATE TABLE petrol_reservations (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pin_id                uuid NOT NULL REFERENCES petrol_pins (id),
    staff_id              uuid NOT NULL REFERENCES users (id),
    seats                 uuid[] NOT NULL,
    status                reservation_status NOT NULL DEFAULT 'RESERVED',
    reserved_at           timestamptz NOT NULL DEFAULT now(),
    expires_at            timestamptz NOT NULL,
    identity_verified_at  timestamptz,
    completed_at          timestamptz,
    cancelled_by          uuid REFERENCES users (id),
    cancellation_reason   varchar(255)
);
CREATE INDEX idx_petrol_reservations_pin ON petrol_reservations (pin_id);
CREATE INDEX idx_petrol_reservations_status ON petrol_reservations (status);
CREATE INDEX idx_petrol_reservations_staff ON petrol_reservations (staff_id);

CREATE TABLE petrol_sales (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    reservation_id     uuid NOT NULL REFERENCES petrol_reservations (id),
    order_id           uuid NOT NULL REFERENCES orders (id),
    payment_method     petrol_payment NOT NULL,
    payment_reference  varchar(255),
    total_amount       numeric(10,2) NOT NULL CHECK (total_amount >= 0),
    processed_by       uuid NOT NULL REFERENCES users (id),
    processed_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_petrol_sales_reservation ON petrol_sales (reservation_id);
CREATE INDEX idx_petrol_sales_order ON petrol_sales (order_id);

-- ---------------------------------------------------------------------------------------------
-- E13: access control
-- ---------------------------------------------------------------------------------------------
CREATE TABLE extra_barcodes (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    match_id            uuid NOT NULL REFERENCES matches (id),
    barcode             varchar(50) NOT NULL,
    is_used             boolean NOT NULL DEFAULT false,
    used_at             timestamptz,
    assigned_ticket_id  uuid REFERENCES tickets (id),
    created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX idx_extra_barcodes_barcode ON extra_barcodes (match_id, barcode);

-- The model moves attendance_imports to Loki, but attendance_unmatched references it, so it stays
-- a table here (the audit event is written to audit_outbox as well).
CREATE TABLE attendance_imports (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    match_id         uuid NOT NULL REFERENCES matches (id),
    file_name        varchar(255) NOT NULL,
    total_scanned    integer NOT NULL CHECK (total_scanned >= 0),
    matched_count    integer NOT NULL CHECK (matched_count >= 0),
    unmatched_count  integer NOT NULL CHECK (unmatched_count >= 0),
    imported_by      uuid NOT NULL REFERENCES users (id),
    imported_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_attendance_imports_match ON attendance_imports (match_id);

CREATE TABLE attendance_unmatched (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    import_id       uuid NOT NULL REFERENCES attendance_imports (id),
    barcode         varchar(50) NOT NULL,
    scan_timestamp  timestamptz,
    reason          unmatched_reason NOT NULL
);
CREATE INDEX idx_attendance_unmatched_import ON attendance_unmatched (import_id);
