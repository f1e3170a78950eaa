package io.fidelis.itests;

import com.fasterxml.jackson.databind.JsonNode;
import io.fidelis.itests.support.FidelisKaraf;
import io.fidelis.itests.support.Http;
import io.fidelis.itests.support.PluginJars;
import io.fidelis.itests.support.Support;
import io.fidelis.itests.support.Till;
import io.fidelis.itests.support.TillLoop;
import org.junit.AfterClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.fidelis.itests.support.TestStack.accountsOffTheirLedger;
import static io.fidelis.itests.support.TestStack.count;
import static io.fidelis.itests.support.Till.line;
import static io.fidelis.itests.support.Till.newCard;
import static io.fidelis.itests.support.Till.newKey;
import static io.fidelis.itests.support.Till.sale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A plugin's life under till load, against the real distribution: support uploads the casino-regulars plugin, a
 * merchant's program of that type goes live; the plugin is removed and the program is suspended (tills are told,
 * balances stay); it comes back and the program resumes; a rebuilt jar with a new version replaces it. Tills sell
 * the whole time: no call may fail and every answered sale must be booked.
 */
public class PluginHotDeployIT {

    @ClassRule
    public static final FidelisKaraf KARAF = new FidelisKaraf(PluginHotDeployIT.class);

    @Rule
    public final TestRule karafLogOnFailure = KARAF.printLogOnFailure();

    private static final String TYPE = "casino-regulars";
    private static final String BUNDLE = "fidelis-plugin-casino-regulars";
    private static final Duration LIVE_WITHIN = Duration.ofSeconds(30);

    private final Till bar = new Till(KARAF.api(), KARAF.stack(), "demo-bar");
    private final Support support = new Support(KARAF.api(), KARAF.stack());

    @Test
    public void installRemoveReinstallAndUpdateWhileTillsSell() throws Exception {
        Path jar = PluginJars.built(TYPE);
        List<String> timings = new ArrayList<>();
        try (TillLoop loop = new TillLoop(bar, "alex", 4)) {
            Http.Answer uploaded = support.uploadPlugin(PluginJars.bytes(jar));
            assertEquals(uploaded.toString(), 201, uploaded.status());
            assertEquals(BUNDLE + ".jar", uploaded.json().path("file").asText());
            timings.add("install_live_ms=" + support.awaitType(TYPE, Objects::nonNull, LIVE_WITHIN).toMillis());

            support.putProgram("demo-bar", "daily", TYPE, "Daily credit", Map.of("categoryCredits", "regular=1000", "defaultCreditMinor", 500));
            assertRuns(true);
            String card = newCard("HOT");
            JsonNode live = sell(card);
            assertTrue(live.toString(), tillMessages(live).contains("Today's credit: 5.00 EUR"));
            Map<String, Long> before = balances(bar.card(card).json());

            Http.Answer removed = support.removePlugin(BUNDLE);
            assertEquals(removed.toString(), 200, removed.status());
            timings.add("remove_gone_ms=" + support.awaitType(TYPE, Objects::isNull, LIVE_WITHIN).toMillis());
            assertRuns(false);
            assertTrue(support.plugins().path("suspendedPrograms").toString(),
                    support.plugins().path("suspendedPrograms").toString().contains("\"programId\":\"daily\""));
            JsonNode paused = sell(card);
            assertTrue(paused.toString(), tillMessages(paused).contains("Program 'Daily credit' is paused: nothing earned from it"));
            Map<String, Long> during = balances(bar.card(card).json());
            before.forEach((asset, balance) -> {
                if (!asset.equals("POINTS")) {
                    assertEquals("balance of " + asset + " kept while suspended", balance, during.get(asset));
                }
            });

            assertEquals(201, support.uploadPlugin(PluginJars.bytes(jar)).status());
            timings.add("reinstall_live_ms=" + support.awaitType(TYPE, Objects::nonNull, LIVE_WITHIN).toMillis());
            assertRuns(true);
            List<String> resumed = tillMessages(sell(card));
            assertTrue(resumed.toString(), resumed.contains("Today's credit: 5.00 EUR"));

            assertEquals(201, support.uploadPlugin(PluginJars.withVersion(jar, "9.9.9")).status());
            timings.add("update_live_ms=" + support.awaitType(TYPE, "9.9.9"::equals, LIVE_WITHIN).toMillis());
            List<String> updated = tillMessages(sell(card));
            assertTrue(updated.toString(), updated.contains("Today's credit: 5.00 EUR"));

            Thread.sleep(1000);
            loop.close();
            int booked = (int) count(FidelisKaraf.DATABASE, "SELECT count(*) FROM till_transaction WHERE idempotency_key LIKE ?",
                    loop.keyPrefix() + "%");
            System.out.println("plugin-hot-deploy sales=" + loop.sales() + " lookups=" + loop.lookups() + " failed="
                    + loop.failures().size() + " lost=" + (loop.sales() - booked) + " " + String.join(" ", timings));
            assertEquals("failed till calls, the first ones: " + loop.failures().stream().limit(3).toList(), 0, loop.failures().size());
            assertEquals("sales answered 201 but not booked", loop.sales(), booked);
            assertTrue("the tills kept selling: " + loop.sales(), loop.sales() > 20);
        }
    }

    @Test
    public void aJarThatIsNotAProgramTypePluginIsRefusedAndNothingIsDeployed() {
        int filesBefore = support.plugins().path("files").size();
        Http.Answer refused = support.uploadPlugin("not a jar".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(refused.toString(), 400, refused.status());
        assertEquals("body", refused.json().path("errors").path(0).path("field").asText());
        Http.Answer tillToken = Http.postBytes(KARAF.api() + "/admin/v1/plugins", bar.token(),
                PluginJars.bytes(PluginJars.built(TYPE)), "application/java-archive");
        assertEquals(tillToken.toString(), 403, tillToken.status());
        assertEquals(support.plugins().toString(), filesBefore, support.plugins().path("files").size());
    }

    /** The program stays ACTIVE; whether it runs follows its plugin. */
    private void assertRuns(boolean running) {
        JsonNode program = support.program("demo-bar", "daily");
        assertEquals(program.toString(), "ACTIVE", program.path("status").asText());
        assertEquals(program.toString(), running, program.path("typeInstalled").asBoolean());
        assertEquals(program.toString(), running, program.path("running").asBoolean());
    }

    private JsonNode sell(String card) {
        Http.Answer answer = bar.sell(newKey(), sale(card, "sam", line("GIN-TONIC", "drinks", 1, 900)));
        assertEquals(answer.toString(), 201, answer.status());
        return answer.json();
    }

    private static List<String> tillMessages(JsonNode answer) {
        List<String> messages = new ArrayList<>();
        answer.path("messages").path("till").forEach(m -> messages.add(m.asText()));
        return messages;
    }

    private static Map<String, Long> balances(JsonNode answer) {
        Map<String, Long> balances = new HashMap<>();
        answer.path("balances").forEach(b -> balances.put(b.path("asset").asText(), b.path("balance").asLong()));
        return balances;
    }

    @AfterClass
    public static void everyBalanceIsTheSumOfItsLedgerEntries() {
        assertEquals(List.of(), accountsOffTheirLedger(FidelisKaraf.DATABASE));
    }
}
