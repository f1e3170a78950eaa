package io.fidelis.tenants.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds installed JDKs: {@code JAVA_HOME} first, then the folders of {@code /usr/lib/jvm}, each
 * identified by the {@code JAVA_VERSION} line of its {@code release} file. Karaf needs exactly 17,
 * the console and the Maven build 21 or newer.
 */
public final class JdkLocator {

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?([0-9][^\"\\s]*)\"?");

    private final Path javaHome;
    private final List<Path> others;

    /** {@code javaHome} may be null; {@code others} are looked at when it does not fit. */
    public JdkLocator(Path javaHome, List<Path> others) {
        this.javaHome = javaHome;
        this.others = List.copyOf(others);
    }

    /** {@code JAVA_HOME}, then every folder of {@code /usr/lib/jvm}. */
    public static JdkLocator ofThisMachine() {
        String javaHome = System.getenv("JAVA_HOME");
        List<Path> others = new ArrayList<>();
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            jvms.sorted().forEach(others::add);
        } catch (IOException noJvmFolder) {
            // JAVA_HOME alone then
        }
        return new JdkLocator(javaHome == null || javaHome.isBlank() ? null : Path.of(javaHome), others);
    }

    /** A JDK of exactly this feature version, e.g. {@code find(17)} for Karaf. */
    public static Jdk find(int feature) {
        return ofThisMachine().exactly(feature);
    }

    /** A JDK of this feature version or newer, e.g. {@code findAtLeast(21)} for the console. */
    public static Jdk findAtLeast(int feature) {
        return ofThisMachine().atLeast(feature);
    }

    public Jdk exactly(int feature) {
        return first(jdk -> jdk.feature() == feature, "Java " + feature);
    }

    public Jdk atLeast(int feature) {
        return first(jdk -> jdk.feature() >= feature, "Java " + feature + " or newer");
    }

    public List<Jdk> installed() {
        List<Path> candidates = new ArrayList<>();
        if (javaHome != null) {
            candidates.add(javaHome);
        }
        candidates.addAll(others);
        Map<Path, Jdk> byRealPath = new LinkedHashMap<>();
        for (Path home : candidates) {
            inspect(home).ifPresent(jdk -> byRealPath.putIfAbsent(realPath(home), jdk));
        }
        return List.copyOf(byRealPath.values());
    }

    /** The feature version in a {@code release} file: 17 for "17.0.15", 8 for "1.8.0_412". */
    static Optional<Integer> featureOf(String releaseFile) {
        Matcher matcher = JAVA_VERSION.matcher(releaseFile);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String[] parts = matcher.group(1).split("[.+_-]");
        int first = Integer.parseInt(parts[0]);
        return Optional.of(first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first);
    }

    static Optional<String> versionOf(String releaseFile) {
        Matcher matcher = JAVA_VERSION.matcher(releaseFile);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private Jdk first(Predicate<Jdk> wanted, String description) {
        List<Jdk> installed = installed();
        // JAVA_HOME wins when it fits; otherwise the newest that fits
        return Optional.ofNullable(javaHome).flatMap(JdkLocator::inspect).filter(wanted)
                .or(() -> installed.stream().filter(wanted).max(Comparator.comparingInt(Jdk::feature)))
                .orElseThrow(() -> new IllegalStateException("No " + description + " JDK found (looked at JAVA_HOME and "
                        + "/usr/lib/jvm; found: " + (installed.isEmpty() ? "none" : installed) + "). Install one, "
                        + "e.g. apt-get install openjdk-17-jdk-headless, or point JAVA_HOME at it."));
    }

    private static Optional<Jdk> inspect(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))
                || !Files.isExecutable(home.resolve("bin/javac"))) {
            return Optional.empty();
        }
        try {
            String content = Files.readString(release);
            return featureOf(content).map(feature -> new Jdk(home, feature, versionOf(content).orElse("?")));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
