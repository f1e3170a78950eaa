package io.fidelis.ledger.api;

/** What the counter does with cards: block a lost one, and replace it by a new card that keeps the member's accounts. */
public interface CardAdmin {

    /** Marks the card BLOCKED (or LOST): tills are refused with card-blocked; balances stay. */
    CardStatus block(String tenantId, String cardCode, String status);

    /** Issues {@code newCardCode} to the member of {@code cardCode}, whose card becomes REPLACED. */
    CardStatus replace(String tenantId, String cardCode, String newCardCode);

    /**
     * Puts the card's member in a customer category (regular, privileged, staff, vip, …; null clears it): programs
     * read it, e.g. a casino's daily credit or a discount card by category.
     */
    CardStatus categorise(String tenantId, String cardCode, String category);

    /** Reactivates a blocked or lost card. */
    CardStatus unblock(String tenantId, String cardCode);
}
