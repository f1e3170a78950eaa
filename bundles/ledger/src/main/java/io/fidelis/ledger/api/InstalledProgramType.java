package io.fidelis.ledger.api;

/** A program type that is installed now, with the bundle that provides it. */
public record InstalledProgramType(String typeId, String name, String bundleSymbolicName, String bundleVersion, long bundleId) {
}
