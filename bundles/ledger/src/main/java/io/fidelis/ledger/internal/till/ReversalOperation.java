package io.fidelis.ledger.internal.till;

import io.fidelis.api.event.EventKind;
import io.fidelis.ledger.api.FieldError;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.RefundLine;
import io.fidelis.ledger.api.RefundRequest;
import io.fidelis.ledger.api.RuleRejectedException;
import io.fidelis.ledger.api.TillReceipt;
import io.fidelis.ledger.api.VoidRequest;
import io.fidelis.ledger.internal.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A refund (whole or by lines) or a void, as compensating entries: each account the original moved is moved back,
 * in proportion to the value given back, and exactly what is left on the last reversal. The original row is
 * locked, so two tills cannot give back the same goods twice.
 */
final class ReversalOperation {

    private static final Set<String> REFUNDABLE = Set.of("SALE");
    private static final Set<String> VOIDABLE = Set.of("SALE", "TOPUP", "CHECKIN", "REDEEM");
    /** Money and paid-for assets are never taken back in part: a reversal they cannot cover is refused. */
    private static final Pattern STRICT_ASSET = Pattern.compile("WALLET|TAB|COMP|CREDIT:.*|SESSIONS:.*");

    private record Original(String transactionId, String kind, String cardCode, String memberId, long totalMinor,
                            long discountMinor, String paymentsJson, LocalDate businessDay) {
    }

    private record OriginalLine(int lineNo, String sku, String category, int quantity, long unitPriceMinor, int refunded) {
        int left() {
            return quantity - refunded;
        }
    }

    private record AccountTotals(String asset, long original, long reversed) {
    }

    private record Reversible(Original original, List<OriginalLine> lines, long reversals, Map<String, AccountTotals> totals) {
    }

    private ReversalOperation() {
    }

    static void validate(String idempotencyKey, RefundRequest request) {
        FieldChecks checks = FieldChecks.of(idempotencyKey, request)
                .code("storeCode", request.storeCode()).code("staffCode", request.staffCode())
                .transactionId("transactionId", request.transactionId());
        if (request.lines() != null) {
            if (request.lines().isEmpty() || request.lines().size() > SaleRequestValidator.MAX_LINES) {
                checks.fail("lines", "must list 1 to " + SaleRequestValidator.MAX_LINES + " lines, or be left out to refund everything");
            }
            for (int i = 0; i < request.lines().size(); i++) {
                RefundLine line = request.lines().get(i);
                if (line == null || line.lineNo() == null || line.lineNo() < 1) {
                    checks.fail("lines[" + i + "].lineNo", "must be the number of a line of the sale, from 1");
                } else if (line.quantity() == null || line.quantity() < 1 || line.quantity() > SaleRequestValidator.MAX_QUANTITY) {
                    checks.fail("lines[" + i + "].quantity", "must be a whole number from 1 to " + SaleRequestValidator.MAX_QUANTITY);
                }
            }
        }
        checks.done();
    }

    static void validate(String idempotencyKey, VoidRequest request) {
        FieldChecks.of(idempotencyKey, request)
                .code("storeCode", request.storeCode()).code("staffCode", request.staffCode())
                .transactionId("transactionId", request.transactionId())
                .done();
    }

    static TillReceipt refund(TillCall call, RefundRequest request) {
        return run(call, EventKind.REFUND, request.storeCode(), request.staffCode(), request.transactionId(), request.lines());
    }

    static TillReceipt cancel(TillCall call, VoidRequest request) {
        return run(call, EventKind.VOID, request.storeCode(), request.staffCode(), request.transactionId(), null);
    }

    private static TillReceipt run(TillCall call, EventKind kind, String storeCode, String staffCode, String transactionId,
                                   List<RefundLine> refundLines) {
        call.checkPlace(storeCode, staffCode);
        Reversible reversible = lockOriginal(call, transactionId);
        Original original = reversible.original();
        Set<String> allowed = kind == EventKind.REFUND ? REFUNDABLE : VOIDABLE;
        if (!allowed.contains(original.kind())) {
            throw new RuleRejectedException("not-reversible", "A " + original.kind().toLowerCase() + " cannot be "
                    + (kind == EventKind.REFUND ? "refunded; void it instead" : "voided") + "; nothing was recorded");
        }
        call.memberById(original.memberId(), original.cardCode());
        List<OriginalLine> lines = reversible.lines();
        List<TransactionRecord.Line> given = linesGivenBack(lines, refundLines);
        boolean alreadyReversed = lines.isEmpty() ? reversible.reversals() > 0 : lines.stream().allMatch(l -> l.left() == 0);
        if (alreadyReversed) {
            throw new RuleRejectedException("already-reversed", "Transaction " + transactionId
                    + " has already been given back in full; nothing was recorded");
        }
        long value = given.stream().mapToLong(l -> l.quantity() * l.unitPriceMinor()).sum();
        int leftAfter = lines.stream().mapToInt(OriginalLine::left).sum() - given.stream().mapToInt(TransactionRecord.Line::quantity).sum();
        boolean last = leftAfter == 0;

        TransactionRecord record = call.record(kind);
        record.storeCode = storeCode;
        record.staffCode = staffCode;
        record.cardCode = original.cardCode();
        record.originalTransactionId = transactionId;
        record.totalMinor = lines.isEmpty() ? -original.totalMinor() : -value;
        record.lines.addAll(given);
        for (Map.Entry<String, AccountTotals> account : reversible.totals().entrySet()) {
            reverse(call, account.getValue(), last, value, original);
        }
        if (last) {
            restoreRewards(call, record, transactionId);
        }
        call.applyPlan(record);
        long moneyPaid = original.totalMinor() - original.discountMinor() - loyaltyPaid(original.paymentsJson());
        long moneyBack = original.totalMinor() == 0 || lines.isEmpty() ? moneyPaid : proportion(moneyPaid, value, original.totalMinor());
        call.plan.receiptMessage((kind == EventKind.REFUND ? "Refund" : "Void") + " of transaction " + transactionId);
        return call.finish(record, -moneyBack, TillCall.pointsEarned(record));
    }

    /**
     * The original, locked so that two tills cannot give back the same goods twice, with what is needed to reverse it,
     * in one round trip: its lines with the quantities given back so far, the number of reversals it had, and per
     * account what it moved (MOVE entries only, not renewals or expiries it happened to book) and what was reversed
     * since. The reads after the lock see every reversal committed before it. The totals are two index look-ups joined
     * by UNION ALL: an OR across them made PostgreSQL scan the ledger.
     */
    private static Reversible lockOriginal(TillCall call, String transactionId) {
        List<List<Object[]>> results = call.sql.rowsOfEach(String.join(";\n", """
                        SELECT kind, card_code, member_id::text, total_minor, discount_minor, payments_json, business_day
                          FROM till_transaction WHERE tenant_id = ?1 AND transaction_id = ?2::uuid FOR UPDATE""", """
                        SELECT (l->>'no')::int AS no, l->>'sku', l->>'category', (l->>'quantity')::int, (l->>'unitPriceMinor')::bigint,
                               COALESCE((SELECT SUM((r->>'quantity')::int) FROM till_transaction t, jsonb_array_elements(t.lines) r
                                          WHERE t.tenant_id = o.tenant_id AND t.original_transaction_id = o.transaction_id
                                            AND (r->>'originalNo')::int = (l->>'no')::int), 0)
                          FROM till_transaction o, jsonb_array_elements(o.lines) l
                         WHERE o.tenant_id = ?1 AND o.transaction_id = ?2::uuid ORDER BY no""",
                        "SELECT COUNT(*) FROM till_transaction WHERE tenant_id = ?1 AND original_transaction_id = ?2::uuid", """
                        SELECT a.asset, SUM(x.original), SUM(x.reversed)
                          FROM (SELECT e.account_id, e.amount AS original, 0 AS reversed FROM ledger_entry e
                                 WHERE e.tenant_id = ?1 AND e.transaction_id = ?2::uuid AND e.entry_kind = 'MOVE'
                                UNION ALL
                                SELECT e.account_id, 0, e.amount FROM till_transaction t
                                  JOIN ledger_entry e ON e.tenant_id = t.tenant_id AND e.transaction_id = t.transaction_id
                                 WHERE t.tenant_id = ?1 AND t.original_transaction_id = ?2::uuid AND e.entry_kind = 'REVERSAL') x
                          JOIN account a ON a.tenant_id = ?1 AND a.account_id = x.account_id
                         GROUP BY a.asset ORDER BY a.asset"""), call.till.tenantId(), transactionId);
        if (results.get(0).isEmpty()) {
            throw new NotFoundException("No transaction " + transactionId + " for this merchant");
        }
        Object[] row = results.get(0).get(0);
        Original original = new Original(transactionId, (String) row[0], (String) row[1], (String) row[2],
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), (String) row[5], ((java.sql.Date) row[6]).toLocalDate());
        List<OriginalLine> lines = results.get(1).stream().map(r -> new OriginalLine(((Number) r[0]).intValue(), (String) r[1],
                (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).longValue(), ((Number) r[5]).intValue())).toList();
        long reversals = ((Number) results.get(2).get(0)[0]).longValue();
        Map<String, AccountTotals> totals = new java.util.LinkedHashMap<>();
        results.get(3).forEach(r -> totals.put((String) r[0],
                new AccountTotals((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue())));
        return new Reversible(original, lines, reversals, totals);
    }

    /** The lines given back: those asked for, or everything not given back yet. */
    private static List<TransactionRecord.Line> linesGivenBack(List<OriginalLine> lines, List<RefundLine> asked) {
        List<TransactionRecord.Line> given = new ArrayList<>();
        if (asked == null) {
            for (OriginalLine line : lines) {
                if (line.left() > 0) {
                    given.add(new TransactionRecord.Line(given.size() + 1, line.sku(), line.category(), line.left(),
                            line.unitPriceMinor(), line.lineNo()));
                }
            }
            return given;
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            RefundLine wanted = asked.get(i);
            OriginalLine line = wanted.lineNo() <= lines.size() ? lines.get(wanted.lineNo() - 1) : null;
            int alreadyAsked = asked.subList(0, i).stream().filter(a -> a.lineNo().equals(wanted.lineNo())).mapToInt(RefundLine::quantity).sum();
            if (line == null) {
                errors.add(new FieldError("lines[" + i + "].lineNo", "the sale has no line " + wanted.lineNo()));
            } else if (wanted.quantity() + alreadyAsked > line.left()) {
                errors.add(new FieldError("lines[" + i + "].quantity", "at most " + (line.left() - alreadyAsked)
                        + " of line " + wanted.lineNo() + " can still be given back"));
            } else {
                given.add(new TransactionRecord.Line(given.size() + 1, line.sku(), line.category(), wanted.quantity(),
                        line.unitPriceMinor(), line.lineNo()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return given;
    }

    private static void reverse(TillCall call, AccountTotals account, boolean last, long value, Original original) {
        long originalTotal = original.totalMinor();
        if (renewedSince(call, account.asset(), original.businessDay())) {
            if (STRICT_ASSET.matcher(account.asset()).matches()) {
                call.plan.tillMessage(account.asset() + " not given back: it has been renewed since that transaction");
            }
            return;
        }
        long left = account.original() + account.reversed();
        long share = last || originalTotal == 0 ? left : proportion(account.original(), value, originalTotal);
        long delta = -(Math.abs(share) > Math.abs(left) ? left : share);
        if (delta == 0) {
            return;
        }
        if (delta < 0 && !STRICT_ASSET.matcher(account.asset()).matches()) {
            long available = Math.max(0, call.balance(account.asset()));
            if (-delta > available) {
                call.plan.tillMessage((-delta - available) + " " + account.asset() + " could not be taken back: already spent");
                delta = -available;
                if (delta == 0) {
                    return;
                }
            }
        }
        long reversal = delta;
        Accounts.Moved moved = call.accounts().move(account.asset(), reversal, null, "REVERSAL", null, "Given back")
                .orElseThrow(() -> new RuleRejectedException("insufficient-balance", "The " + account.asset()
                        + " this transaction credited has already been spent; it cannot be given back"));
        call.updateBalance(account.asset(), moved.balance(), null);
    }

    /**
     * A renewed account starts a new period (a day's credit, a month's spend, a comp allowance): what an earlier period
     * moved is not given back into the new one.
     */
    private static boolean renewedSince(TillCall call, String asset, LocalDate originalDay) {
        return call.accounts().renewedOn(asset).filter(day -> day.isAfter(originalDay)).isPresent();
    }

    /** On the last reversal, rewards the original granted are withdrawn and a reward it used is given back to the member. */
    private static void restoreRewards(TillCall call, TransactionRecord record, String transactionId) {
        int revoked = call.sql.update("UPDATE member_reward SET status = 'REVOKED' WHERE tenant_id = ?1 "
                        + "AND granted_in = ?2::uuid AND status = 'ACTIVE'", call.till.tenantId(), transactionId);
        int restored = call.sql.update("UPDATE member_reward SET status = 'ACTIVE', used_in = NULL WHERE tenant_id = ?1 "
                        + "AND used_in = ?2::uuid AND status = 'USED' AND granted_in <> ?2::uuid", call.till.tenantId(), transactionId);
        if (revoked > 0) {
            call.plan.tillMessage(revoked + " reward(s) granted by that transaction withdrawn");
        }
        if (restored > 0) {
            call.plan.tillMessage(restored + " reward(s) used by that transaction given back to the member");
        }
    }

    /**
     * {@code amount × part ÷ whole}, rounded towards zero. A basket may reach 5·10^14 minor units, so the product
     * would overflow a long.
     */
    static long proportion(long amount, long part, long whole) {
        return java.math.BigInteger.valueOf(amount).multiply(java.math.BigInteger.valueOf(part))
                .divide(java.math.BigInteger.valueOf(whole)).longValueExact();
    }

    private static long loyaltyPaid(String paymentsJson) {
        return Json.readList(paymentsJson).stream()
                .filter(p -> !io.fidelis.api.event.TillPayment.MONEY_TENDERS.contains((String) p.get("tender")))
                .mapToLong(p -> ((Number) p.get("amountMinor")).longValue()).sum();
    }
}
