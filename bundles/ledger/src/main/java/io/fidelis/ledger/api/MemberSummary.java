package io.fidelis.ledger.api;

public record MemberSummary(String memberId, String displayName, String category) {
}
