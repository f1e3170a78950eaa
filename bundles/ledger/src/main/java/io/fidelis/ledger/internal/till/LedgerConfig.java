package io.fidelis.ledger.internal.till;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Fidelis ledger", description = "How the core runs loyalty programs on till events")
public @interface LedgerConfig {

    @AttributeDefinition(description = "Time budget of one program type for one till event, in milliseconds")
    long programBudgetMillis() default 250;

    @AttributeDefinition(description = "Symbolic names of bundles whose program types run on the till call's own thread "
            + "(no time budget can cut a hang short there): only the core's standard programs")
    String[] trustedProgramBundles() default {"fidelis-programs"};
}
