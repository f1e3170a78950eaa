package io.fidelis.tenants;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A few weeks of till history for a demo tenant, so that the console is not empty: members with cards,
 * and sales spread over the merchant's opening hours, each earning points under the tenant's
 * {@code points-per-amount} program. Till calls cannot be backdated, so this writes the rows directly,
 * as the database owner, in one transaction, keeping the ledger rule: every account's balance is the
 * sum of its entries. Deterministic per tenant, and skipped when the tenant already has its history.
 */
public final class DemoHistory {

    /** What a merchant type sells, and when it is open (local hours; closing after midnight wraps). */
    record Catalogue(int openHour, int hoursOpen, int salesPerDay, List<Item> items) {
    }

    record Item(String sku, String category, long unitPriceMinor) {
    }

    record Sale(UUID transactionId, int member, Instant occurredAt, LocalDate businessDay, String staff,
                List<Item> lines, List<Integer> quantities, long totalMinor, long points) {
    }

    static final String KEY_PREFIX = "history-";

    private static final Map<String, Catalogue> CATALOGUES = Map.of(
            "bar", new Catalogue(17, 9, 22, List.of(new Item("BEER-25", "drinks", 450), new Item("BEER-50", "drinks", 800),
                    new Item("WINE-GLASS", "drinks", 600), new Item("COCKTAIL", "drinks", 1100),
                    new Item("SOFT", "drinks", 350), new Item("NACHOS", "food", 750), new Item("BURGER", "food", 1450))),
            "casino", new Catalogue(20, 8, 18, List.of(new Item("CHAMPAGNE-GLASS", "drinks", 1600),
                    new Item("CHAMPAGNE-BTL", "drinks", 9500), new Item("GIN-TONIC", "drinks", 1400),
                    new Item("WHISKY", "drinks", 1200), new Item("CLUB-SANDWICH", "food", 1800))),
            "hairdresser", new Catalogue(9, 10, 9, List.of(new Item("CUT-WOMAN", "services", 4200),
                    new Item("CUT-MAN", "services", 2600), new Item("COLOUR", "services", 6500),
                    new Item("BRUSHING", "services", 2500), new Item("SHAMPOO-PRO", "products", 1890))),
            "gym", new Catalogue(7, 14, 16, List.of(new Item("DAY-PASS", "passes", 1200), new Item("PT-SESSION", "coaching", 4500),
                    new Item("SMOOTHIE", "bar", 550), new Item("PROTEIN-BAR", "bar", 300), new Item("TOWEL", "shop", 900))),
            "shop", new Catalogue(10, 9, 14, List.of(new Item("ITEM-S", "goods", 990), new Item("ITEM-M", "goods", 2490),
                    new Item("ITEM-L", "goods", 5990))));

    private static final String[] FIRST = {"Anna", "Louis", "Chloé", "Hugo", "Léa", "Nathan", "Emma", "Lucas", "Inès",
            "Jules", "Sofia", "Adam", "Zoé", "Noah", "Lina", "Tom", "Camille", "Paul", "Sarah", "Maxime"};
    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
            "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Roux"};

    private final TenantSpec tenant;
    private final LocalDate today;
    private final int days;

    public DemoHistory(TenantSpec tenant, LocalDate today, int days) {
        this.tenant = tenant;
        this.today = today;
        this.days = days;
    }

    /** The sales to book, worked out without a database: the same tenant and day give the same history. */
    List<Sale> sales(int members) {
        Catalogue catalogue = CATALOGUES.getOrDefault(tenant.template(), CATALOGUES.get("shop"));
        Random random = new Random(tenant.id().hashCode() * 31L + today.toEpochDay());
        ZoneId zone = ZoneId.of(tenant.timezone());
        long[] rule = pointsRule();
        List<Sale> sales = new ArrayList<>();
        for (LocalDate day = today.minusDays(days); day.isBefore(today); day = day.plusDays(1)) {
            boolean busy = day.getDayOfWeek() == DayOfWeek.FRIDAY || day.getDayOfWeek() == DayOfWeek.SATURDAY;
            int count = catalogue.salesPerDay() / 2 + random.nextInt(catalogue.salesPerDay()) + (busy ? catalogue.salesPerDay() / 2 : 0);
            for (int i = 0; i < count; i++) {
                LocalDateTime local = day.atTime(catalogue.openHour(), 0)
                        .plusMinutes(random.nextInt(catalogue.hoursOpen() * 60));
                ZonedDateTime at = local.atZone(zone);
                LocalDate businessDay = local.getHour() < tenant.dayCutoffHour() ? local.toLocalDate().minusDays(1) : local.toLocalDate();
                List<Item> lines = new ArrayList<>();
                List<Integer> quantities = new ArrayList<>();
                long total = 0;
                for (int l = 1 + random.nextInt(3); l > 0; l--) {
                    Item item = catalogue.items().get(random.nextInt(catalogue.items().size()));
                    int quantity = item.unitPriceMinor() >= 2000 ? 1 : 1 + random.nextInt(3);
                    lines.add(item);
                    quantities.add(quantity);
                    total += item.unitPriceMinor() * quantity;
                }
                // a few regulars come often: a skewed pick of the member
                int member = (int) Math.min(members - 1, Math.floor(Math.pow(random.nextDouble(), 2) * members));
                String staff = tenant.staff().get(random.nextInt(tenant.staff().size())).code();
                long points = rule == null ? 0 : total / rule[1] * rule[0];
                sales.add(new Sale(new UUID(random.nextLong(), random.nextLong()), member, at.toInstant(), businessDay,
                        staff, lines, quantities, total, points));
            }
        }
        sales.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        return sales;
    }

    /** Writes the history unless the tenant has it already; answers the number of sales written. */
    public int writeTo(Connection connection, int members) throws SQLException {
        if (hasHistory(connection)) {
            return 0;
        }
        List<Sale> sales = sales(members);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            UUID[] memberIds = new UUID[members];
            UUID[] accountIds = new UUID[members];
            long[] balances = new long[members];
            Instant[] firstSeen = new Instant[members];
            for (Sale sale : sales) {
                balances[sale.member()] += sale.points();
                if (firstSeen[sale.member()] == null) {
                    firstSeen[sale.member()] = sale.occurredAt();
                }
            }
            String cardPrefix = tenant.id().replaceFirst("^demo-", "").toUpperCase() + "-H";
            try (PreparedStatement member = connection.prepareStatement("INSERT INTO member (tenant_id, member_id, display_name, email, created_at) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement card = connection.prepareStatement("INSERT INTO card (tenant_id, card_code, member_id, issued_at) VALUES (?, ?, ?, ?)");
                 PreparedStatement account = connection.prepareStatement("INSERT INTO account (tenant_id, account_id, member_id, asset, balance) VALUES (?, ?, ?, 'POINTS', ?)")) {
                for (int m = 0; m < members; m++) {
                    if (firstSeen[m] == null) {
                        continue;
                    }
                    memberIds[m] = UUID.nameUUIDFromBytes((tenant.id() + "/member/" + m).getBytes());
                    accountIds[m] = UUID.nameUUIDFromBytes((tenant.id() + "/points/" + m).getBytes());
                    String name = FIRST[m % FIRST.length] + " " + LAST[(m * 7) % LAST.length];
                    member.setString(1, tenant.id());
                    member.setObject(2, memberIds[m]);
                    member.setString(3, name);
                    member.setString(4, name.toLowerCase().replace(' ', '.').replace("é", "e").replace("è", "e") + "@example.org");
                    member.setTimestamp(5, Timestamp.from(firstSeen[m]));
                    member.addBatch();
                    card.setString(1, tenant.id());
                    card.setString(2, cardPrefix + String.format("%03d", m + 1));
                    card.setObject(3, memberIds[m]);
                    card.setTimestamp(4, Timestamp.from(firstSeen[m]));
                    card.addBatch();
                    account.setString(1, tenant.id());
                    account.setObject(2, accountIds[m]);
                    account.setObject(3, memberIds[m]);
                    account.setLong(4, balances[m]);
                    account.addBatch();
                }
                member.executeBatch();
                card.executeBatch();
                account.executeBatch();
            }
            writeSales(connection, sales, memberIds, accountIds, cardPrefix);
            connection.commit();
            return sales.size();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void writeSales(Connection connection, List<Sale> sales, UUID[] memberIds, UUID[] accountIds, String cardPrefix)
            throws SQLException {
        String store = tenant.stores().get(0).code();
        String till = store + "-1";
        try (PreparedStatement transaction = connection.prepareStatement("INSERT INTO till_transaction (tenant_id, transaction_id,"
                + " till_code, idempotency_key, request_hash, kind, store_code, staff_code, card_code, member_id, currency,"
                + " total_minor, occurred_at, business_day, response_json, lines)"
                + " VALUES (?, ?, ?, ?, 'demo-history', 'SALE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)");
             PreparedStatement entry = connection.prepareStatement("INSERT INTO ledger_entry (tenant_id, entry_id, transaction_id,"
                     + " account_id, amount, program_id, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, 'Points for this purchase', ?)")) {
            for (Sale sale : sales) {
                transaction.setString(1, tenant.id());
                transaction.setObject(2, sale.transactionId());
                transaction.setString(3, till);
                transaction.setString(4, KEY_PREFIX + sale.transactionId());
                transaction.setString(5, store);
                transaction.setString(6, sale.staff());
                transaction.setString(7, cardPrefix + String.format("%03d", sale.member() + 1));
                transaction.setObject(8, memberIds[sale.member()]);
                transaction.setString(9, tenant.currency());
                transaction.setLong(10, sale.totalMinor());
                transaction.setTimestamp(11, Timestamp.from(sale.occurredAt()));
                transaction.setObject(12, sale.businessDay());
                transaction.setString(13, "{\"transactionId\":\"" + sale.transactionId() + "\",\"demoHistory\":true}");
                transaction.setString(14, linesJson(sale));
                transaction.addBatch();
                if (sale.points() > 0) {
                    entry.setString(1, tenant.id());
                    entry.setObject(2, UUID.nameUUIDFromBytes((sale.transactionId() + "/points").getBytes()));
                    entry.setObject(3, sale.transactionId());
                    entry.setObject(4, accountIds[sale.member()]);
                    entry.setLong(5, sale.points());
                    entry.setString(6, pointsProgramId());
                    entry.setTimestamp(7, Timestamp.from(sale.occurredAt()));
                    entry.addBatch();
                }
            }
            transaction.executeBatch();
            entry.executeBatch();
        }
    }

    /** The sale's lines as the transaction row stores them (see the ledger's migration 007). */
    private static String linesJson(Sale sale) {
        ArrayNode lines = JsonNodeFactory.instance.arrayNode();
        for (int l = 0; l < sale.lines().size(); l++) {
            Item item = sale.lines().get(l);
            lines.addObject().put("no", l + 1).put("sku", item.sku()).put("category", item.category())
                    .put("quantity", sale.quantities().get(l)).put("unitPriceMinor", item.unitPriceMinor());
        }
        return lines.toString();
    }

    private boolean hasHistory(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM till_transaction WHERE tenant_id = ? AND idempotency_key LIKE ?)")) {
            query.setString(1, tenant.id());
            query.setString(2, KEY_PREFIX + "%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** {pointsPerUnit, unitMinor} of the tenant's points-per-amount program, or null without one. */
    private long[] pointsRule() {
        return tenant.programs().stream().filter(p -> "points-per-amount".equals(p.type())).findFirst()
                .map(p -> new long[] {p.config().path("pointsPerUnit").asLong(1), Math.max(1, p.config().path("unitMinor").asLong(100))})
                .orElse(null);
    }

    private String pointsProgramId() {
        return tenant.programs().stream().filter(p -> "points-per-amount".equals(p.type())).findFirst()
                .map(ProgramSpec::id).orElse(null);
    }
}
