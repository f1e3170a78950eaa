package io.fidelis.api.program;

import io.fidelis.api.event.TillEvent;
import java.util.List;

/**
 * A kind of loyalty program, registered as an OSGi service by the standard programs bundle or a plugin.
 * Implementations are stateless and pure: no I/O, no state of their own. The core calls them with a
 * time budget and applies the effects they return atomically.
 */
public interface ProgramType {

    ProgramDescriptor describe();

    /** Throws {@link InvalidConfigException} naming the wrong field. */
    void validate(ProgramConfig config);

    List<Effect> onEvent(ProgramContext context, TillEvent event);
}
