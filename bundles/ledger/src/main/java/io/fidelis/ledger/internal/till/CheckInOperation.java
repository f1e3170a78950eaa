package io.fidelis.ledger.internal.till;

import io.fidelis.api.event.EventKind;
import io.fidelis.ledger.api.CheckInRequest;
import io.fidelis.ledger.api.RuleRejectedException;
import io.fidelis.ledger.api.TillReceipt;
import java.util.List;

/** A visit: programs use one session of a pack (a gym's bono) or count the visit. */
final class CheckInOperation {

    private CheckInOperation() {
    }

    static void validate(String idempotencyKey, CheckInRequest request) {
        FieldChecks.of(idempotencyKey, request)
                .code("cardCode", request.cardCode()).code("storeCode", request.storeCode()).code("staffCode", request.staffCode())
                .sessionAsset("asset", request.asset())
                .done();
    }

    static TillReceipt run(TillCall call, CheckInRequest request) {
        call.checkPlace(request.storeCode(), request.staffCode());
        call.member(request.cardCode(), false);
        call.runPrograms(call.event(EventKind.CHECKIN, request.storeCode(), request.staffCode(), List.of(), List.of(), request.asset()));
        if (call.plan.booksNothing()) {
            throw new RuleRejectedException("checkin-not-supported",
                    "No program of this merchant takes check-ins on this card; nothing was recorded");
        }
        TransactionRecord record = call.record(EventKind.CHECKIN);
        record.storeCode = request.storeCode();
        record.staffCode = request.staffCode();
        record.reference = request.asset();
        call.applyPlan(record);
        return call.finish(record, 0, TillCall.pointsEarned(record));
    }
}
