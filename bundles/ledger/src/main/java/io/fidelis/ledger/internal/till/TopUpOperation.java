package io.fidelis.ledger.internal.till;

import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillLine;
import io.fidelis.api.event.TillPayment;
import io.fidelis.ledger.api.TillReceipt;
import io.fidelis.ledger.api.TopUpRequest;
import io.fidelis.ledger.internal.Json;
import java.util.List;

/** Money paid in at the till onto a prepaid account; programs may add a bonus (a hairdresser's +10 %). */
final class TopUpOperation {

    static final List<String> TOP_UP_ASSETS = List.of("WALLET", "COMP");

    private TopUpOperation() {
    }

    static void validate(String idempotencyKey, TopUpRequest request) {
        FieldChecks checks = FieldChecks.of(idempotencyKey, request)
                .code("cardCode", request.cardCode()).code("storeCode", request.storeCode()).code("staffCode", request.staffCode())
                .amount("amountMinor", request.amountMinor(), 1).moneyTender("tender", request.tender(), false);
        if (request.asset() != null && !TOP_UP_ASSETS.contains(request.asset())) {
            checks.fail("asset", "must be WALLET or COMP");
        }
        checks.done();
    }

    static TillReceipt run(TillCall call, TopUpRequest request) {
        call.checkPlace(request.storeCode(), request.staffCode());
        call.member(request.cardCode(), true);
        String asset = request.asset() == null ? "WALLET" : request.asset();
        long amount = request.amountMinor();
        TillPayment payment = new TillPayment(request.tender(), amount);
        var event = call.event(EventKind.TOPUP, request.storeCode(), request.staffCode(),
                List.of(new TillLine("TOPUP", "topup", 1, amount)), List.of(payment), asset);
        call.plan.credit(asset, amount, "Top-up paid " + request.tender().toLowerCase());
        call.runPrograms(event);

        TransactionRecord record = call.record(EventKind.TOPUP);
        record.storeCode = request.storeCode();
        record.staffCode = request.staffCode();
        record.totalMinor = amount;
        record.reference = asset;
        record.paymentsJson = Json.write(List.of(payment));
        record.lines.add(new TransactionRecord.Line(1, "TOPUP", "topup", 1, amount, null));
        call.applyPlan(record);
        return call.finish(record, amount, TillCall.pointsEarned(record));
    }
}
