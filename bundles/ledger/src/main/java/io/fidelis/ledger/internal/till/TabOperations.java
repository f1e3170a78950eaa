package io.fidelis.ledger.internal.till;

import io.fidelis.api.event.EventKind;
import io.fidelis.ledger.api.RuleRejectedException;
import io.fidelis.ledger.api.TabOpenRequest;
import io.fidelis.ledger.api.TabSettleRequest;
import io.fidelis.ledger.api.TillReceipt;
import java.util.OptionalLong;

/**
 * Pay-at-exit tabs: opening one gives the card's TAB account a floor of minus the ceiling, purchases paid with
 * tender TAB go below zero (never past the floor, whatever the number of tills), and settling at exit brings it
 * back to zero and closes it.
 */
final class TabOperations {

    static final String TAB = "TAB";

    private TabOperations() {
    }

    static void validate(String idempotencyKey, TabOpenRequest request) {
        FieldChecks.of(idempotencyKey, request)
                .code("cardCode", request.cardCode()).code("storeCode", request.storeCode()).code("staffCode", request.staffCode())
                .amount("ceilingMinor", request.ceilingMinor(), 1)
                .done();
    }

    static void validate(String idempotencyKey, TabSettleRequest request) {
        FieldChecks.of(idempotencyKey, request)
                .code("cardCode", request.cardCode()).code("storeCode", request.storeCode()).code("staffCode", request.staffCode())
                .moneyTender("tender", request.tender(), true)
                .done();
    }

    static TillReceipt open(TillCall call, TabOpenRequest request) {
        call.checkPlace(request.storeCode(), request.staffCode());
        call.member(request.cardCode(), true);
        long ceiling = request.ceilingMinor();
        call.accounts().openFloor(TAB, -ceiling).orElseThrow(() -> new RuleRejectedException("tab-already-open",
                "A tab is already open on card " + request.cardCode() + " (" + -call.balance(TAB) + " used); settle it first"));
        call.updateFloor(TAB, -ceiling);
        TransactionRecord record = call.record(EventKind.TAB_OPEN);
        record.storeCode = request.storeCode();
        record.staffCode = request.staffCode();
        record.reference = Long.toString(ceiling);
        call.plan.tillMessage("Tab open with a ceiling of " + ceiling);
        call.applyPlan(record);
        return call.finish(record, 0, 0);
    }

    static TillReceipt settle(TillCall call, TabSettleRequest request) {
        call.checkPlace(request.storeCode(), request.staffCode());
        call.member(request.cardCode(), false);
        OptionalLong held = call.accounts().closeFloor(TAB, "Tab settled " + request.tender().toLowerCase());
        if (held.isEmpty()) {
            throw new RuleRejectedException("no-open-tab", "There is no open tab on card " + request.cardCode() + "; nothing was recorded");
        }
        long owed = -held.getAsLong();
        call.updateBalance(TAB, 0, null);
        call.updateFloor(TAB, 0);
        if ("WALLET".equals(request.tender()) && owed > 0) {
            call.plan.debit("WALLET", owed, "Tab settled from the wallet");
        }
        TransactionRecord record = call.record(EventKind.TAB_SETTLE);
        record.storeCode = request.storeCode();
        record.staffCode = request.staffCode();
        record.totalMinor = owed;
        record.reference = request.tender();
        call.plan.tillMessage("Tab closed: " + owed + " to collect" + ("WALLET".equals(request.tender()) ? " (paid from the wallet)" : ""));
        call.applyPlan(record);
        return call.finish(record, "WALLET".equals(request.tender()) ? 0 : owed, 0);
    }
}
