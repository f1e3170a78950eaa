package io.fidelis.ledger.internal.till;

import io.fidelis.api.event.EventKind;
import io.fidelis.ledger.api.RedeemRequest;
import io.fidelis.ledger.api.RewardView;
import io.fidelis.ledger.api.RuleRejectedException;
import io.fidelis.ledger.api.TillReceipt;
import java.sql.Timestamp;
import java.util.List;

/**
 * Hands over a reward: one the member holds (by id), or one bought from a catalogue program with points. A voucher's
 * value comes back to the till as a discount.
 */
final class RedeemOperation {

    private RedeemOperation() {
    }

    static void validate(String idempotencyKey, RedeemRequest request) {
        FieldChecks checks = FieldChecks.of(idempotencyKey, request)
                .code("cardCode", request.cardCode()).code("storeCode", request.storeCode()).code("staffCode", request.staffCode());
        if ((request.rewardId() == null) == (request.catalogueCode() == null)) {
            checks.fail("rewardId", "give either rewardId (a reward the member holds) or catalogueCode, not both or neither");
        } else if (request.rewardId() != null) {
            checks.transactionId("rewardId", request.rewardId());
        } else {
            checks.code("catalogueCode", request.catalogueCode());
        }
        checks.done();
    }

    static TillReceipt run(TillCall call, RedeemRequest request) {
        call.checkPlace(request.storeCode(), request.staffCode());
        call.member(request.cardCode(), false);
        TransactionRecord record = call.record(EventKind.REDEEM);
        record.storeCode = request.storeCode();
        record.staffCode = request.staffCode();
        if (request.rewardId() != null) {
            RewardView used = useHeldReward(call, record, request.rewardId());
            record.reference = used.rewardCode();
            record.discountMinor = used.valueMinor();
            call.rewardUsed(used);
            call.plan.receiptMessage(used.valueMinor() > 0 ? "Voucher used: " + used.title() : "Reward given: " + used.title());
        } else {
            call.grantsUsedNow = !Boolean.TRUE.equals(request.keep());
            call.runPrograms(call.event(EventKind.REDEEM, request.storeCode(), request.staffCode(), List.of(), List.of(),
                    request.catalogueCode()));
            if (call.plan.grants().isEmpty()) {
                throw new RuleRejectedException("unknown-reward", "No program of this merchant offers the reward "
                        + request.catalogueCode() + "; nothing was recorded");
            }
            record.reference = request.catalogueCode();
            if (call.grantsUsedNow) {
                record.discountMinor = call.plan.grants().stream().mapToLong(g -> g.reward().valueMinor()).sum();
            }
        }
        call.applyPlan(record);
        return call.finish(record, 0, TillCall.pointsEarned(record));
    }

    private static RewardView useHeldReward(TillCall call, TransactionRecord record, String rewardId) {
        List<Object[]> rows = call.sql.rows("UPDATE member_reward SET status = 'USED', used_in = ?1::uuid "
                        + "WHERE tenant_id = ?2 AND reward_id = ?3::uuid AND member_id = ?4::uuid AND status = 'ACTIVE' "
                        + "AND (valid_until IS NULL OR valid_until > ?5::timestamptz) "
                        + "RETURNING reward_code, title, value_minor, valid_until",
                record.transactionId, call.till.tenantId(), rewardId, call.member().memberId(), Timestamp.from(call.now));
        if (rows.isEmpty()) {
            throw new RuleRejectedException("reward-unavailable", "Reward " + rewardId
                    + " is not held by this card's member, already used or expired; nothing was recorded");
        }
        Object[] row = rows.get(0);
        return new RewardView(rewardId, (String) row[0], (String) row[1], ((Number) row[2]).longValue(),
                row[3] == null ? null : ((java.util.Date) row[3]).toInstant(), "USED");
    }
}
