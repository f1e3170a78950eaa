package io.fidelis.ledger.api;

import java.util.List;

public record CardView(String cardCode, String status, MemberSummary member, List<Balance> balances, Messages messages) {
}
