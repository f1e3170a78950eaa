package io.fidelis.ledger.internal.till;

import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.event.TillLine;
import io.fidelis.api.event.TillPayment;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.SaleRequest;
import io.fidelis.ledger.api.TillReceipt;
import io.fidelis.ledger.internal.Json;
import java.util.List;

/** A sale: the programs earn on it, and the loyalty tenders among its payments are debited from the card. */
final class SaleOperation {

    private SaleOperation() {
    }

    static TillReceipt run(TillCall call, SaleRequest request) {
        if (request.currency() != null && !request.currency().equals(call.tenant.currency())) {
            throw new InvalidRequestException("currency", "must be " + call.tenant.currency() + ", the currency of this merchant");
        }
        call.checkPlace(request.storeCode(), request.staffCode());
        call.member(request.cardCode(), true);
        List<TillLine> lines = request.lines().stream()
                .map(l -> new TillLine(l.sku(), l.category(), l.quantity(), l.unitPriceMinor())).toList();
        List<TillPayment> payments = request.paymentsOrEmpty().stream()
                .map(p -> new TillPayment(p.tender(), p.amountMinor())).toList();
        TillEvent event = call.event(EventKind.SALE, request.storeCode(), request.staffCode(), lines, payments, null);
        call.runPrograms(event);

        long total = event.totalMinor();
        long discount = Math.min(call.plan.discountMinor(), total);
        long paid = payments.stream().mapToLong(TillPayment::amountMinor).sum();
        if (paid > total - discount) {
            throw new InvalidRequestException("payments", "add up to " + paid + ", more than the " + (total - discount) + " due");
        }
        long loyaltyPaid = 0;
        for (TillPayment payment : payments) {
            if (payment.asset().isPresent()) {
                String asset = payment.asset().get().code();
                long units = "POINTS".equals(asset) ? pointsFor(payment.amountMinor(), call.tenant.pointsPerCurrencyUnit()) : payment.amountMinor();
                call.plan.debit(asset, units, "Paid " + payment.amountMinor() + " with " + asset);
                loyaltyPaid += payment.amountMinor();
            }
        }

        TransactionRecord record = call.record(EventKind.SALE);
        record.storeCode = request.storeCode();
        record.staffCode = request.staffCode();
        record.totalMinor = total;
        record.discountMinor = discount;
        record.paymentsJson = payments.isEmpty() ? null : Json.write(payments);
        for (int i = 0; i < lines.size(); i++) {
            TillLine line = lines.get(i);
            record.lines.add(new TransactionRecord.Line(i + 1, line.sku(), line.category(), line.quantity(), line.unitPriceMinor(), null));
        }
        call.applyPlan(record);
        return call.finish(record, total - discount - loyaltyPaid, TillCall.pointsEarned(record));
    }

    /** Points needed to pay {@code amountMinor}, rounded up: a point never buys more than its value. */
    static long pointsFor(long amountMinor, int pointsPerCurrencyUnit) {
        return -Math.floorDiv(-Math.multiplyExact(amountMinor, (long) pointsPerCurrencyUnit), 100L);
    }
}
