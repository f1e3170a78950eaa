package io.fidelis.ledger.api;

import io.fidelis.api.program.ProgramDescriptor;
import java.util.List;

/** The program types installed right now (standard ones and plugins), as they describe themselves. */
public interface ProgramCatalog {

    List<ProgramDescriptor> installedTypes();
}
