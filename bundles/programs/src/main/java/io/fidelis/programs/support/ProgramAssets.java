package io.fidelis.programs.support;

import io.fidelis.api.Asset;
import io.fidelis.api.program.ProgramContext;
import java.util.Locale;

/**
 * The program-scoped assets a program books, e.g. {@code STAMPS:coffee-card}. Program ids created through
 * the admin API are already valid scopes; older ids are lower-cased and other characters become dashes.
 */
public final class ProgramAssets {

    private static final int MAX_SCOPE = 48;

    private ProgramAssets() {
    }

    public static Asset of(String kind, ProgramContext context) {
        String scope = context.programId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        if (scope.startsWith("-")) {
            scope = "p" + scope;
        }
        return Asset.scoped(kind, scope.length() > MAX_SCOPE ? scope.substring(0, MAX_SCOPE) : scope);
    }
}
