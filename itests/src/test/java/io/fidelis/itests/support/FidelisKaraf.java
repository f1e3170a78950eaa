package io.fidelis.itests.support;

import io.fidelis.tenants.launcher.Database;
import org.junit.rules.ExternalResource;
import org.junit.rules.TestRule;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.TestContainer;
import org.ops4j.pax.exam.spi.PaxExamRuntime;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.doNotModifyLogConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;

/**
 * The real Fidelis distribution booted by Pax Exam 4.14 (server mode: the tests run in this JVM and
 * talk HTTP and SQL, as tills and operators do) on HTTP 18181 / SSH 18101, against a freshly
 * recreated database {@code fidelis_it} and the shared test Keycloak; the demo tenants are registered
 * through the admin API before the first test. Use as a {@code @ClassRule}, with
 * {@link #printLogOnFailure()} as a {@code @Rule}.
 */
public final class FidelisKaraf extends ExternalResource {

    public static final int HTTP_PORT = 18181;
    public static final int SSH_PORT = 18101;
    public static final String DATABASE = "fidelis_it";

    private final Path unpackDirectory;
    private TestStack stack;
    private TestContainer container;

    public FidelisKaraf(Class<?> testClass) {
        this.unpackDirectory = Path.of("target/exam", testClass.getSimpleName()).toAbsolutePath();
    }

    public String api() {
        return "http://localhost:" + HTTP_PORT + "/api";
    }

    public TestStack stack() {
        return stack;
    }

    /** Runs Karaf shell commands through {@code bin/client} over SSH (user karaf), answering what they printed. */
    public String shell(String... commands) throws IOException, InterruptedException {
        Path client;
        try (Stream<Path> files = Files.find(unpackDirectory, 3, (p, a) -> p.endsWith(Path.of("bin", "client")))) {
            client = files.findFirst().orElseThrow(() -> new IllegalStateException("no bin/client under " + unpackDirectory));
        }
        ProcessBuilder builder = new ProcessBuilder(client.toString(), "-a", String.valueOf(SSH_PORT), "-u", "karaf", "-p", "karaf", "-b")
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        process.getOutputStream().write((String.join("\n", commands) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return output;
    }

    /** The Pax Exam options: the distribution from the reactor, its etc/ files pointed at the test ports and services. */
    private static final String KARAF_VERSION = System.getProperty("karaf.version", "4.4.10");

    public static Option[] options(Path distribution, Path unpackDirectory, Database database, String keycloakUrl) {
        String ds = "etc/org.ops4j.datasource-fidelis.cfg";
        String migration = "etc/org.ops4j.datasource-fidelis-migration.cfg";
        Database application = database.asLoginRole(Database.APPLICATION_ROLE, "");
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl(distribution.toUri().toString()).name("Fidelis")
                    .karafVersion(KARAF_VERSION).unpackDirectory(unpackDirectory.toFile()).useDeployFolder(false),
            keepRuntimeFolder(),
            // no local console: without a terminal it spins printing prompts; SSH stays on
            configureConsole().ignoreLocalConsole(),
            doNotModifyLogConfiguration(),
            systemTimeout(180_000),
            // what bin/karaf adds on Java 9+: without it Karaf's spec locator is missing and the boot logs errors
            vmOptions("--add-reads=java.xml=java.logging",
                    "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                    "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + KARAF_VERSION + ".jar",
                    "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + KARAF_VERSION + ".jar"),
            // Pax Exam's own "exam" feature is resolved from the build's local repository
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(HTTP_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(SSH_PORT)),
            editConfigurationFilePut(ds, "url", database.url()),
            // tills are served as the application role, which row-level security applies to
            editConfigurationFilePut(ds, "user", application.user()),
            editConfigurationFilePut(ds, "password", application.password()),
            editConfigurationFilePut(migration, "url", database.url()),
            editConfigurationFilePut(migration, "user", database.user()),
            editConfigurationFilePut(migration, "password", database.password()),
            editConfigurationFilePut("etc/io.fidelis.security.cfg", "keycloakUrl", keycloakUrl),
            editConfigurationFilePut("etc/io.fidelis.security.cfg", "keycloakInternalUrl", ""),
            editConfigurationFilePut("etc/io.fidelis.security.cfg", "realm", TestStack.REALM),
            editConfigurationFilePut("etc/io.fidelis.tenancy.cfg", "keycloakUrl", keycloakUrl),
            editConfigurationFilePut("etc/io.fidelis.tenancy.cfg", "keycloakInternalUrl", ""),
            editConfigurationFilePut("etc/io.fidelis.tenancy.cfg", "realm", TestStack.REALM),
            editConfigurationFilePut("etc/io.fidelis.tenancy.cfg", "clientSecret", TestStack.get().provisionerSecret()),
        };
    }

    @Override
    protected void before() throws Throwable {
        stack = TestStack.get();
        Path distribution = Path.of(System.getProperty("fidelis.distribution",
                "../features/distribution/target/fidelis-distribution-0.1.0-SNAPSHOT.tar.gz"));
        if (!Files.isRegularFile(distribution)) {
            throw new IllegalStateException("no distribution at " + distribution + ": build it first (mvn install at the repository root)");
        }
        deleteRecursively(unpackDirectory);
        Database database = TestStack.freshDatabase(DATABASE);
        try {
            container = PaxExamRuntime.createContainer(PaxExamRuntime.createServerSystem(
                    options(distribution, unpackDirectory, database, TestStack.KEYCLOAK_URL)));
            container.start();
            awaitApi(Duration.ofMinutes(3));
            stack.registerTenants(api());
        } catch (Throwable e) {
            System.err.println(logTail(120));
            after();
            throw e;
        }
    }

    @Override
    protected void after() {
        if (container != null) {
            TestContainer stopping = container;
            container = null;
            try {
                CompletableFuture.runAsync(stopping::stop).get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                System.err.println("Pax Exam did not stop Karaf cleanly: " + e);
            }
        }
        // whatever Pax Exam left running from our folder (it forks Karaf as a child of this JVM)
        ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(unpackDirectory.toString()))
                .forEach(p -> {
                    p.destroy();
                    p.onExit().completeOnTimeout(p, 20, TimeUnit.SECONDS).join();
                    p.destroyForcibly();
                });
    }

    /** Prints the tail of Karaf's {@code data/log/karaf.log} when a test fails. */
    public TestRule printLogOnFailure() {
        return new TestWatcher() {
            @Override
            protected void failed(Throwable e, Description description) {
                System.err.println(description.getMethodName() + " failed; " + logTail(80));
            }
        };
    }

    public String logTail(int lines) {
        Optional<Path> log = karafLog();
        if (log.isEmpty()) {
            return "(no data/log/karaf.log under " + unpackDirectory + ")";
        }
        try {
            List<String> all = Files.readAllLines(log.get());
            return "--- last lines of " + log.get() + " ---\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log.get() + ": " + e + ")";
        }
    }

    /** Up means the till API answers 401 to a call without a token; fails early when the boot features failed. */
    private void awaitApi(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Http.get(api() + "/till/v1/cards/x", null).status() == 401) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // connection refused while Karaf boots
            }
            if (logTail(2000).contains("Error installing boot features")) {
                throw new IllegalStateException("Karaf could not install its boot features (log above)");
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Fidelis did not answer on " + api() + " within " + timeout);
    }

    private Optional<Path> karafLog() {
        if (!Files.isDirectory(unpackDirectory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.find(unpackDirectory, 5,
                (path, attributes) -> path.endsWith(Path.of("data", "log", "karaf.log")))) {
            return files.max(Comparator.comparingLong(p -> p.toFile().lastModified()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
