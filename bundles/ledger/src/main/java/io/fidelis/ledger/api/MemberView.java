package io.fidelis.ledger.api;

import java.time.Instant;
import java.util.List;

public record MemberView(String memberId, String displayName, String email, String category, Instant createdAt,
                         List<CardSummary> cards, List<Balance> balances) {
}
