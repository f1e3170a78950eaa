package io.fidelis.console.api;

import java.util.List;

/** A member as listed by {@code GET /admin/v1/members}; {@code createdAt} is ISO-8601 text. */
public record Member(String memberId, String displayName, String email, String category,
                     String createdAt, List<Card> cards, List<Balance> balances) {

    public Member {
        cards = cards == null ? List.of() : List.copyOf(cards);
        balances = balances == null ? List.of() : List.copyOf(balances);
    }
}
