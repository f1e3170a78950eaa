package io.fidelis.tenants.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process whose output goes to a log file; stopping it also stops what it started. */
public final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final long logStart;

    private ManagedProcess(String name, Process process, Path logFile, long logStart) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.logStart = logStart;
    }

    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
                                       Path workingDirectory, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            long logStart = Files.exists(logFile) ? Files.size(logFile) : 0;
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(environment);
            return new ManagedProcess(name, builder.start(), logFile, logStart);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
    }

    /** Runs a command to its end; fails with the log's tail unless it exits with 0. */
    public static void runToCompletion(String name, List<String> command, Map<String, String> environment,
                                       Path workingDirectory, Path logFile, Duration timeout) {
        ManagedProcess run = start(name, command, environment, workingDirectory, logFile);
        try {
            if (!run.process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                run.stop(Duration.ofSeconds(10));
                throw new IllegalStateException(name + " did not finish within " + timeout + "\n" + run.logTail(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.stop(Duration.ofSeconds(10));
            throw new IllegalStateException(name + " interrupted", e);
        }
        if (run.process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed with exit code " + run.process.exitValue() + "\n" + run.logTail(30));
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM to the process and its descendants (shell scripts such as kc.sh fork the JVM), then SIGKILL after the grace. */
    public void stop(Duration grace) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : all) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception stillRunning) {
                handle.destroyForcibly();
            }
        }
    }

    /** Whether this run's part of the log (the file is appended to across runs) contains {@code text}. */
    public boolean logContains(String text) {
        try {
            return thisRunsLog().contains(text);
        } catch (UncheckedIOException noLogYet) {
            return false;
        }
    }

    public String logTail(int lines) {
        try {
            List<String> all = thisRunsLog().lines().toList();
            return "--- last lines of " + logFile + " ---\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (UncheckedIOException e) {
            return "(no log at " + logFile + ")";
        }
    }

    private String thisRunsLog() {
        try (FileChannel channel = FileChannel.open(logFile)) {
            channel.position(Math.min(logStart, channel.size()));
            return new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
