package io.fidelis.ledger.api;

import java.util.List;

/** A card as the till sees it on a look-up: renewals due today are shown, nothing is booked. */
public record CardView(String cardCode, String status, MemberSummary member, List<Balance> balances,
                       List<RewardView> rewards, Messages messages) {
}
