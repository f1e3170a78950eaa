package io.fidelis.ledger.internal.till;

import io.fidelis.ledger.api.RewardView;
import io.fidelis.ledger.internal.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.fidelis.ledger.internal.tx.Sql;

/**
 * Reads a {@link MemberSnapshot} with one statement: card, member, accounts and active rewards. A call that books
 * locks the member's accounts in the same statement (in asset order, so two calls on one member cannot deadlock).
 */
final class MemberSnapshots {

    private static final String SQL = """
            WITH acc AS (SELECT a.account_id, a.asset, a.balance, a.floor, a.renewed_on, a.valid_until
                         FROM card k JOIN account a ON a.tenant_id = k.tenant_id AND a.member_id = k.member_id
                        WHERE k.tenant_id = ?1 AND k.card_code = %1$s ORDER BY a.asset %2$s)
            SELECT c.card_code, c.status, m.member_id::text, m.display_name, m.category,
              (SELECT json_agg(json_build_object('id', a.account_id, 'asset', a.asset, 'balance', a.balance,
                       'floor', a.floor, 'renewedOn', a.renewed_on, 'validUntil', a.valid_until) ORDER BY a.asset)
                 FROM acc a)::text,
              (SELECT json_agg(json_build_object('id', r.reward_id, 'code', r.reward_code, 'title', r.title,
                       'value', r.value_minor, 'validUntil', r.valid_until) ORDER BY r.granted_at)
                 FROM member_reward r WHERE r.tenant_id = c.tenant_id AND r.member_id = c.member_id AND r.status = 'ACTIVE')::text
            FROM card c JOIN member m ON m.tenant_id = c.tenant_id AND m.member_id = c.member_id
            WHERE c.tenant_id = ?1 AND c.card_code = %1$s
            """;
    private static final String THE_CARD = "?2";
    /** The member's card that works (else the one issued last), for a call that knows the member, not the card. */
    private static final String CURRENT_CARD_OF_MEMBER = "(SELECT card_code FROM card WHERE tenant_id = ?1 "
            + "AND member_id = ?2::uuid ORDER BY (status = 'ACTIVE') DESC, issued_at DESC LIMIT 1)";

    private MemberSnapshots() {
    }

    private static final String LOCKING = SQL.formatted(THE_CARD, "FOR UPDATE OF a");
    private static final String READING = SQL.formatted(THE_CARD, "");
    private static final String LOCKING_BY_MEMBER = SQL.formatted(CURRENT_CARD_OF_MEMBER, "FOR UPDATE OF a");

    /** The card's member, for a call that books: its accounts stay locked until the call commits. */
    static Optional<MemberSnapshot> lock(Sql sql, String tenantId, String cardCode) {
        return snapshot(sql.rows(LOCKING, tenantId, cardCode));
    }

    /** A member by id (a refund's, whose card may have been replaced since), locked like {@link #lock}, with its current card. */
    static Optional<MemberSnapshot> lockByMember(Sql sql, String tenantId, String memberId) {
        return snapshot(sql.rows(LOCKING_BY_MEMBER, tenantId, memberId));
    }

    /** The card's member, for a look-up: the transaction's only statement, which also ends it. */
    static Optional<MemberSnapshot> readOnly(Sql sql, String tenantId, String cardCode) {
        return snapshot(sql.rowsAndCommit(READING, tenantId, cardCode));
    }

    private static Optional<MemberSnapshot> snapshot(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        return Optional.of(new MemberSnapshot((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], false, accounts((String) row[5]), rewards((String) row[6])));
    }

    private static Map<String, AccountRow> accounts(String json) {
        Map<String, AccountRow> accounts = new LinkedHashMap<>();
        for (Map<String, Object> a : Json.readList(json)) {
            String asset = (String) a.get("asset");
            accounts.put(asset, new AccountRow((String) a.get("id"), asset, number(a.get("balance")), number(a.get("floor")),
                    a.get("renewedOn") == null ? null : LocalDate.parse((String) a.get("renewedOn")), instant(a.get("validUntil"))));
        }
        return accounts;
    }

    private static List<RewardView> rewards(String json) {
        return Json.readList(json).stream()
                .map(r -> new RewardView((String) r.get("id"), (String) r.get("code"), (String) r.get("title"),
                        number(r.get("value")), instant(r.get("validUntil")), "ACTIVE"))
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        return value == null ? null : OffsetDateTime.parse((String) value).toInstant();
    }
}
