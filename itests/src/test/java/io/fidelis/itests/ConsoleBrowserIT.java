package io.fidelis.itests;

import io.fidelis.itests.support.Http;
import io.fidelis.itests.support.TestStack;
import io.fidelis.itests.support.Till;
import io.fidelis.tenants.launcher.ConsoleServer;
import io.fidelis.tenants.launcher.Database;
import io.fidelis.tenants.launcher.JdkLocator;
import io.fidelis.tenants.launcher.KarafServer;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.fidelis.itests.support.Till.line;
import static io.fidelis.itests.support.Till.newCard;
import static io.fidelis.itests.support.Till.newKey;
import static io.fidelis.itests.support.Till.sale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/**
 * The whole product as a merchant uses it: Keycloak (shared), Karaf from the distribution (HTTP 28181,
 * SSH 28101, database fidelis_e2e) and the console jar on Java 21+ (port 18080); a till sale, then
 * the merchant signs in through Keycloak's form in headless Chromium and finds the new member and
 * the sale in the console.
 */
public class ConsoleBrowserIT {

    private static final int KARAF_HTTP = 28181;
    private static final int KARAF_SSH = 28101;
    private static final int CONSOLE_PORT = 18080;
    private static final String API = "http://localhost:" + KARAF_HTTP + "/api";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    private static TestStack stack;
    private static KarafServer karaf;
    private static ConsoleServer console;
    private static WebDriver browser;

    @Rule
    public final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            if (browser != null) {
                try {
                    keepScreenshot(description.getMethodName() + ".png");
                    System.err.println("screenshot: target/" + description.getMethodName() + ".png at " + browser.getCurrentUrl());
                } catch (RuntimeException failure) {
                    System.err.println("no screenshot: " + failure);
                }
            }
        }
    };

    @BeforeClass
    public static void startTheProduct() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver");
        }
        stack = TestStack.get();
        Path repository = Path.of(System.getProperty("fidelis.repository", "..")).toAbsolutePath().normalize();
        Database database = TestStack.freshDatabase("fidelis_e2e");
        Database application = database.asLoginRole(Database.APPLICATION_ROLE, "");
        karaf = KarafServer.ensureRunning(repository, TARGET.resolve("e2e"), TestStack.jdk17(), KARAF_HTTP, Map.of(
                "FIDELIS_DB_URL", database.url(), "FIDELIS_DB_USER", application.user(), "FIDELIS_DB_PASSWORD", application.password(),
                "FIDELIS_DB_OWNER", database.user(), "FIDELIS_DB_OWNER_PASSWORD", database.password(),
                "FIDELIS_KEYCLOAK_URL", TestStack.KEYCLOAK_URL, "FIDELIS_KEYCLOAK_REALM", TestStack.REALM,
                "FIDELIS_HTTP_PORT", String.valueOf(KARAF_HTTP),
                // Karaf reads PID_KEY environment variables over etc/ files (the shell cfg has no FIDELIS_ variable)
                "ORG_APACHE_KARAF_SHELL_SSHPORT", String.valueOf(KARAF_SSH),
                "FIDELIS_PROVISIONER_SECRET", stack.provisionerSecret()), TARGET.resolve("e2e-karaf.log"));
        stack.registerTenants(API);
        console = ConsoleServer.ensureRunning(repository, JdkLocator.findAtLeast(21), CONSOLE_PORT, Map.of(
                "SERVER_PORT", String.valueOf(CONSOLE_PORT), "FIDELIS_API_URL", API,
                "FIDELIS_KEYCLOAK_URL", TestStack.KEYCLOAK_URL, "FIDELIS_KEYCLOAK_REALM", TestStack.REALM),
                TARGET.resolve("e2e-console.log"));
    }

    @AfterClass
    public static void stopTheProduct() {
        if (browser != null) {
            browser.quit();
        }
        if (console != null) {
            console.stop();
        }
        if (karaf != null) {
            karaf.stop();
        }
    }

    @Test
    public void theMerchantSeesTheNewMemberAndTheSaleInTheConsole() {
        String card = newCard("E2E");
        Till bar = new Till(API, stack, "demo-bar");
        Http.Answer receipt = bar.sell(newKey(), sale(card, "alex", line("BEER-25", "drinks", 2, 450)));
        assertEquals(receipt.toString(), 201, receipt.status());
        String transactionId = receipt.json().path("transactionId").asText();

        signedOut();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + CONSOLE_PORT + "/");
        signIn(wait, "bar.admin", "demo");

        WebElement tenant = wait.until(visibilityOfElementLocated(By.id("tenant-name")));
        assertEquals("demo-bar", tenant.getAttribute("data-tenant-id"));
        WebElement search = wait.until(elementToBeClickable(By.cssSelector("#members-search input")));
        search.sendKeys(card, Keys.TAB);
        WebElement member = wait.until(presenceOfElementLocated(By.cssSelector("#members-grid [data-card-code='" + card + "']")));
        assertEquals(card, member.getText().trim());
        keepScreenshot("console-members.png");

        wait.until(elementToBeClickable(By.id("nav-transactions"))).click();
        wait.until(presenceOfElementLocated(By.cssSelector("#transactions-grid [data-transaction-id='" + transactionId + "']")));
        wait.until(presenceOfElementLocated(By.cssSelector("#transactions-grid [data-card-code='" + card + "']")));
        keepScreenshot("console-transactions.png");

        // the grid keeps rendered rows in the page, so the count above it tells what the filter left
        By total = By.id("transactions-total");
        WebElement staff = browser.findElement(By.cssSelector("#transactions-staff-filter input"));
        staff.sendKeys("sam", Keys.TAB);
        wait.until(textToBe(total, "0 transactions"));
        staff.clear();
        staff.sendKeys("alex", Keys.TAB);
        wait.until(textToBe(total, "1 transaction"));
    }

    @Test
    public void supportOnboardsAMerchantFromTheConsoleAndSeesItsCredentialsOnce() {
        String tenantId = "e2e-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        signedOut();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + CONSOLE_PORT + "/");
        signIn(wait, "support", "demo");

        // support belongs to no merchant: the console opens on Tenants, without the merchant screens
        wait.until(presenceOfElementLocated(By.cssSelector("#tenants-grid")));
        assertTrue(browser.findElements(By.id("nav-members")).isEmpty());
        wait.until(elementToBeClickable(By.id("tenants-onboard"))).click();
        wait.until(elementToBeClickable(By.cssSelector("#onboard-tenant-id input"))).sendKeys(tenantId);
        browser.findElement(By.cssSelector("#onboard-name input")).sendKeys("E2E Gym");
        browser.findElement(By.cssSelector("#onboard-template input")).sendKeys("gym", Keys.ENTER);
        browser.findElement(By.cssSelector("#onboard-admin input")).sendKeys(tenantId + ".admin");
        browser.findElement(By.cssSelector("#onboard-email input")).sendKeys("admin@" + tenantId + ".example", Keys.TAB);
        browser.findElement(By.id("onboard-submit")).click();

        WebElement credentials = wait.until(visibilityOfElementLocated(By.id("onboard-credentials")));
        assertTrue(credentials.getText(), credentials.getText().contains("till-" + tenantId + "-main-1"));
        assertTrue(credentials.getText(), credentials.getText().contains("temporary password"));
        keepScreenshot("console-onboarding.png");
        assertEquals(1, TestStack.count("fidelis_e2e", "SELECT count(*) FROM tenant WHERE tenant_id = ?", tenantId));

        Http.send("DELETE", API + "/admin/v1/tenants/" + tenantId + "?confirm=" + tenantId, stack.provisionerToken(), null);
    }

    /** A browser with a fresh profile: no console session and no Keycloak sign-in left by another test. */
    private static void signedOut() {
        if (browser != null) {
            browser.quit();
        }
        browser = chromium();
    }

    @Test
    public void theMerchantCreatesAProgramFromItsTypesFormAndSuspendsIt() {
        signedOut();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + CONSOLE_PORT + "/programs");
        wait.until(d -> !d.findElements(By.id("username")).isEmpty() || !d.findElements(By.id("programs-new")).isEmpty());
        if (!browser.findElements(By.id("username")).isEmpty()) {
            signIn(wait, "bar.admin", "demo");
        }
        wait.until(presenceOfElementLocated(By.cssSelector("#programs-grid [data-program-id='points']")));
        wait.until(elementToBeClickable(By.id("programs-new"))).click();

        // the form of the first installed type (cashback), rendered from its descriptor alone
        wait.until(visibilityOfElementLocated(By.cssSelector("#program-field-perMille input")));
        browser.findElement(By.id("program-form-save")).click();
        wait.until(d -> d.findElement(By.id("program-form-name")).getAttribute("invalid") != null);
        browser.findElement(By.cssSelector("#program-form-name input")).sendKeys("Coffee cashback");
        browser.findElement(By.id("program-form-save")).click();

        wait.until(presenceOfElementLocated(By.cssSelector("#programs-grid [data-program-id='coffee-cashback']")));
        wait.until(presenceOfElementLocated(By.cssSelector("#programs-grid [data-status='ACTIVE'][data-program-id='coffee-cashback']")));
        keepScreenshot("console-programs.png");
        wait.until(elementToBeClickable(By.cssSelector("#programs-grid [data-action='suspend'][data-program-id='coffee-cashback']"))).click();
        wait.until(presenceOfElementLocated(By.cssSelector("#programs-grid [data-status='SUSPENDED'][data-program-id='coffee-cashback']")));
        Http.Answer programs = Http.get(API + "/admin/v1/programs?tenant=demo-bar", stack.provisionerToken());
        assertEquals(programs.toString(), "SUSPENDED", programs.json().findParents("id").stream()
                .filter(p -> "coffee-cashback".equals(p.path("id").asText())).findFirst().orElseThrow().path("status").asText());

        // leave the browser as the other test expects it: signed out
        browser.findElement(By.id("logout")).click();
        wait.until(visibilityOfElementLocated(By.id("username")));
    }

    /** What the merchant saw, kept in itests/target for a person to look at. */
    private static void keepScreenshot(String name) {
        try {
            Files.write(TARGET.resolve(name), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + name, e);
        }
    }

    /**
     * Keycloak's form. With organizations enabled the realm asks for the username first and the
     * password on a second page; a one-page form (both fields) works too.
     */
    private static void signIn(WebDriverWait wait, String username, String password) {
        wait.until(visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        if (browser.findElements(By.id("password")).stream().noneMatch(WebElement::isDisplayed)) {
            browser.findElement(By.id("kc-login")).click();
        }
        wait.until(visibilityOfElementLocated(By.id("password"))).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
    }

    private static WebDriver chromium() {
        try {
            Path profile = Files.createTempDirectory(TARGET, "chromium-profile");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--window-size=1440,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .withLogFile(new File(TARGET.toFile(), "chromedriver.log")).build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile folder under " + TARGET, e);
        }
    }
}
