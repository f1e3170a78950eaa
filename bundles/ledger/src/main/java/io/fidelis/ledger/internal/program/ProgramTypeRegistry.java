package io.fidelis.ledger.internal.program;

import io.fidelis.api.program.ProgramDescriptor;
import io.fidelis.api.program.ProgramType;
import io.fidelis.ledger.api.ProgramCatalog;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program types currently installed (standard ones and plugins). Plugins come and go at run time;
 * a program whose type is absent is suspended, and resumes when the type comes back.
 */
@Component(service = {ProgramTypeRegistry.class, ProgramCatalog.class})
public class ProgramTypeRegistry implements ProgramCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ProgramTypeRegistry.class);

    private final Map<String, ProgramType> types = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProgramType(ProgramType type) {
        String id = type.describe().typeId();
        types.put(id, type);
        LOG.info("Program type {} is available", id);
    }

    void removeProgramType(ProgramType type) {
        String id = type.describe().typeId();
        if (types.remove(id, type)) {
            LOG.info("Program type {} is gone; its programs are suspended", id);
        }
    }

    public Optional<ProgramType> find(String typeId) {
        return Optional.ofNullable(types.get(typeId));
    }

    @Override
    public List<ProgramDescriptor> installedTypes() {
        return types.values().stream().map(ProgramType::describe)
                .sorted(Comparator.comparing(ProgramDescriptor::typeId)).toList();
    }
}
