--liquibase formatted sql

--changeset fidelis:001-core
CREATE TABLE tenant (
    tenant_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    currency         CHAR(3)      NOT NULL,
    timezone         VARCHAR(64)  NOT NULL,
    day_cutoff_hour  SMALLINT     NOT NULL CHECK (day_cutoff_hour BETWEEN 0 AND 23),
    status           VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE store (
    tenant_id  VARCHAR(64)  NOT NULL REFERENCES tenant (tenant_id),
    store_code VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    PRIMARY KEY (tenant_id, store_code)
);

CREATE TABLE staff (
    tenant_id  VARCHAR(64)  NOT NULL REFERENCES tenant (tenant_id),
    staff_code VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (tenant_id, staff_code)
);

CREATE TABLE program (
    tenant_id   VARCHAR(64)  NOT NULL REFERENCES tenant (tenant_id),
    program_id  VARCHAR(64)  NOT NULL,
    type_id     VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    config_json TEXT         NOT NULL,
    status      VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    PRIMARY KEY (tenant_id, program_id)
);

CREATE TABLE member (
    tenant_id    VARCHAR(64)  NOT NULL REFERENCES tenant (tenant_id),
    member_id    UUID         NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    email        VARCHAR(320),
    category     VARCHAR(64),
    created_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant_id, member_id)
);
CREATE INDEX member_name_idx ON member (tenant_id, lower(display_name));

CREATE TABLE card (
    tenant_id  VARCHAR(64) NOT NULL,
    card_code  VARCHAR(64) NOT NULL,
    member_id  UUID        NOT NULL,
    status     VARCHAR(16) NOT NULL DEFAULT 'ACTIVE',
    issued_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, card_code),
    FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, member_id)
);
CREATE INDEX card_member_idx ON card (tenant_id, member_id);

-- balance is a cache of SUM(ledger_entry.amount), kept by conditional updates in the same
-- transaction as the entries; floor is the lowest balance the account's rules allow.
CREATE TABLE account (
    tenant_id  VARCHAR(64) NOT NULL,
    account_id UUID        NOT NULL,
    member_id  UUID        NOT NULL,
    asset      VARCHAR(64) NOT NULL,
    balance    BIGINT      NOT NULL DEFAULT 0,
    floor      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, account_id),
    UNIQUE (tenant_id, member_id, asset),
    FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, member_id),
    CHECK (balance >= floor)
);

CREATE TABLE till_transaction (
    tenant_id        VARCHAR(64)  NOT NULL REFERENCES tenant (tenant_id),
    transaction_id   UUID         NOT NULL,
    till_code        VARCHAR(64)  NOT NULL,
    idempotency_key  VARCHAR(128) NOT NULL,
    request_hash     VARCHAR(64)  NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    store_code       VARCHAR(64)  NOT NULL,
    staff_code       VARCHAR(64)  NOT NULL,
    card_code        VARCHAR(64)  NOT NULL,
    member_id        UUID         NOT NULL,
    currency         CHAR(3)      NOT NULL,
    total_minor      BIGINT       NOT NULL,
    occurred_at      TIMESTAMPTZ  NOT NULL,
    business_day     DATE         NOT NULL,
    response_json    TEXT         NOT NULL,
    PRIMARY KEY (tenant_id, transaction_id),
    UNIQUE (tenant_id, till_code, idempotency_key),
    FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, member_id)
);
CREATE INDEX till_transaction_time_idx ON till_transaction (tenant_id, occurred_at DESC);

CREATE TABLE transaction_line (
    tenant_id        VARCHAR(64)  NOT NULL,
    transaction_id   UUID         NOT NULL,
    line_no          INTEGER      NOT NULL,
    sku              VARCHAR(64)  NOT NULL,
    category         VARCHAR(64)  NOT NULL,
    quantity         INTEGER      NOT NULL,
    unit_price_minor BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, transaction_id, line_no),
    FOREIGN KEY (tenant_id, transaction_id) REFERENCES till_transaction (tenant_id, transaction_id)
        DEFERRABLE INITIALLY DEFERRED
);

-- Append-only: rows are never updated or deleted; a refund or void is a compensating entry.
CREATE TABLE ledger_entry (
    tenant_id      VARCHAR(64)  NOT NULL,
    entry_id       UUID         NOT NULL,
    transaction_id UUID         NOT NULL,
    account_id     UUID         NOT NULL,
    amount         BIGINT       NOT NULL,
    program_id     VARCHAR(64),
    reason         VARCHAR(200),
    expires_at     TIMESTAMPTZ,
    created_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant_id, entry_id),
    FOREIGN KEY (tenant_id, transaction_id) REFERENCES till_transaction (tenant_id, transaction_id)
        DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, account_id)
);
CREATE INDEX ledger_entry_account_idx ON ledger_entry (tenant_id, account_id);
CREATE INDEX ledger_entry_transaction_idx ON ledger_entry (tenant_id, transaction_id);

--changeset fidelis:001-ledger-append-only-function splitStatements:false
CREATE FUNCTION refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger_entry is append-only';
END $$;

--changeset fidelis:001-ledger-append-only-trigger
CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
