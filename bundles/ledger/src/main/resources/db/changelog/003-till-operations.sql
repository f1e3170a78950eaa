--liquibase formatted sql

-- Till operations beyond the sale: payments from loyalty assets, top-ups, check-ins, rewards,
-- refunds and voids as compensating entries, pay-at-exit tabs with a ceiling (the TAB account's floor).

--changeset fidelis:003-accounts-renewal-and-validity
-- renewed_on: the business day of the last non-cumulative renewal; valid_until: after it the account is emptied.
ALTER TABLE account ADD COLUMN renewed_on DATE, ADD COLUMN valid_until TIMESTAMPTZ;

--changeset fidelis:003-ledger-entry-kind
-- MOVE (earn, pay, top-up), RENEWAL, EXPIRY, REVERSAL (refund or void). Refunds reverse only MOVE entries.
ALTER TABLE ledger_entry ADD COLUMN entry_kind VARCHAR(16) NOT NULL DEFAULT 'MOVE'
    CHECK (entry_kind IN ('MOVE', 'RENEWAL', 'EXPIRY', 'REVERSAL'));

--changeset fidelis:003-transaction-details
ALTER TABLE till_transaction
    ADD COLUMN discount_minor BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN payments_json TEXT,
    ADD COLUMN reference VARCHAR(128),
    ADD COLUMN original_transaction_id UUID;
CREATE INDEX till_transaction_original_idx ON till_transaction (tenant_id, original_transaction_id)
    WHERE original_transaction_id IS NOT NULL;
CREATE INDEX till_transaction_card_idx ON till_transaction (tenant_id, card_code, occurred_at DESC);
-- a refund line names the line of the original sale it gives back
ALTER TABLE transaction_line ADD COLUMN original_line_no INTEGER;

--changeset fidelis:003-points-value
-- what a point is worth when it pays at the till: this many points make one major currency unit
ALTER TABLE tenant ADD COLUMN points_per_currency_unit INTEGER NOT NULL DEFAULT 100
    CHECK (points_per_currency_unit > 0);

--changeset fidelis:003-member-reward
CREATE TABLE member_reward (
    tenant_id         VARCHAR(64)  NOT NULL,
    reward_id         UUID         NOT NULL,
    member_id         UUID         NOT NULL,
    program_id        VARCHAR(64),
    reward_code       VARCHAR(64)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    value_minor       BIGINT       NOT NULL DEFAULT 0 CHECK (value_minor >= 0),
    valid_until       TIMESTAMPTZ,
    status            VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'USED', 'REVOKED')),
    granted_in        UUID         NOT NULL,
    used_in           UUID,
    granted_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant_id, reward_id),
    FOREIGN KEY (tenant_id, member_id) REFERENCES member (tenant_id, member_id),
    FOREIGN KEY (tenant_id, granted_in) REFERENCES till_transaction (tenant_id, transaction_id)
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX member_reward_member_idx ON member_reward (tenant_id, member_id) WHERE status = 'ACTIVE';
GRANT SELECT, INSERT, UPDATE ON member_reward TO fidelis_app;
ALTER TABLE member_reward ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reward_tenant_isolation ON member_reward
    USING (tenant_id = current_setting('fidelis.tenant', true))
    WITH CHECK (tenant_id = current_setting('fidelis.tenant', true));
