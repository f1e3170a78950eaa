package io.fidelis.ledger.internal.program;

import io.fidelis.api.program.ProgramDescriptor;
import io.fidelis.api.program.ProgramType;
import io.fidelis.ledger.api.InstalledProgramType;
import io.fidelis.ledger.api.ProgramCatalog;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program types currently installed (standard ones and plugins). Plugins come and go at run time;
 * a program whose type is absent is suspended, and resumes when the type comes back. When a plugin is updated,
 * its new service replaces the old one between two till calls.
 */
@Component(service = {ProgramTypeRegistry.class, ProgramCatalog.class})
public class ProgramTypeRegistry implements ProgramCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ProgramTypeRegistry.class);

    private record Registered(ProgramType type, InstalledProgramType installed) {
    }

    /** Per type id, every service that provides it, newest last: the newest is used, the others stand in if it goes. */
    private final Map<String, List<Registered>> types = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProgramType(ProgramType type, ServiceReference<ProgramType> reference) {
        ProgramDescriptor descriptor = type.describe();
        Bundle bundle = reference == null ? null : reference.getBundle();
        InstalledProgramType installed = new InstalledProgramType(descriptor.typeId(), descriptor.name(),
                bundle == null ? null : bundle.getSymbolicName(), bundle == null ? null : bundle.getVersion().toString(),
                bundle == null ? -1 : bundle.getBundleId());
        types.compute(descriptor.typeId(), (id, registered) -> {
            List<Registered> list = registered == null ? new CopyOnWriteArrayList<>() : registered;
            list.add(new Registered(type, installed));
            return list;
        });
        LOG.info("Program type {} is available (bundle {} {})", descriptor.typeId(), installed.bundleSymbolicName(), installed.bundleVersion());
    }

    void removeProgramType(ProgramType type) {
        String id = type.describe().typeId();
        List<Registered> left = types.computeIfPresent(id, (key, registered) -> {
            registered.removeIf(r -> r.type() == type);
            return registered.isEmpty() ? null : registered;
        });
        if (left == null) {
            LOG.info("Program type {} is gone; its programs are suspended", id);
        }
    }

    public Optional<ProgramType> find(String typeId) {
        return newest(typeId).map(Registered::type);
    }

    private Optional<Registered> newest(String typeId) {
        List<Registered> registered = types.get(typeId);
        // a snapshot: a plugin may be going away at this very moment
        return registered == null ? Optional.empty() : registered.stream().reduce((older, newer) -> newer);
    }

    @Override
    public List<ProgramDescriptor> installedTypes() {
        return types.keySet().stream().map(this::newest).flatMap(Optional::stream).map(r -> r.type().describe())
                .sorted(Comparator.comparing(ProgramDescriptor::typeId)).toList();
    }

    /** The installed types with the bundles that provide them. */
    public List<InstalledProgramType> installedWithBundles() {
        return types.keySet().stream().map(this::newest).flatMap(Optional::stream).map(Registered::installed)
                .sorted(Comparator.comparing(InstalledProgramType::typeId)).toList();
    }
}
