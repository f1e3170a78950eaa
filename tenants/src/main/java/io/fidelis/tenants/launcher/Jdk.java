package io.fidelis.tenants.launcher;

import java.nio.file.Path;

/** A JDK installation: its home folder and Java feature version (17, 21, 25, …). */
public record Jdk(Path home, int feature, String version) {

    public Path java() {
        return home.resolve("bin/java");
    }

    @Override
    public String toString() {
        return "Java " + version + " at " + home;
    }
}
