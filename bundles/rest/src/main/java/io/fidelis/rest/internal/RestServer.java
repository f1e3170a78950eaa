package io.fidelis.rest.internal;

import io.fidelis.ledger.api.AdminQueries;
import io.fidelis.ledger.api.CardAdmin;
import io.fidelis.ledger.api.ProgramAdmin;
import io.fidelis.ledger.api.ProgramCatalog;
import io.fidelis.ledger.api.ProgramStatuses;
import io.fidelis.ledger.api.StorageHealth;
import io.fidelis.ledger.api.TenantAccess;
import io.fidelis.ledger.api.TenantAdmin;
import io.fidelis.ledger.api.TillService;
import io.fidelis.rest.admin.AdminResource;
import io.fidelis.rest.admin.TenantsResource;
import io.fidelis.rest.admin.PluginFolder;
import io.fidelis.rest.admin.PluginsResource;
import io.fidelis.rest.admin.ProgramsResource;
import io.fidelis.rest.admin.CardsResource;
import io.fidelis.rest.docs.DocsResource;
import io.fidelis.rest.health.HealthResource;
import io.fidelis.rest.problem.FailureMapper;
import io.fidelis.rest.till.TillResource;
import io.fidelis.security.TokenVerifier;
import io.fidelis.tenancy.api.TenantOnboarding;
import java.util.List;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes the till and admin APIs on CXF while the services behind them are there. */
@Component(immediate = true, configurationPid = "io.fidelis.rest")
@Designate(ocd = RestConfig.class)
public class RestServer {

    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);

    @Reference
    private TillService tills;
    @Reference
    private AdminQueries queries;
    @Reference
    private TenantAdmin tenants;
    @Reference
    private TokenVerifier verifier;
    @Reference
    private StorageHealth storageHealth;
    @Reference
    private ProgramCatalog programCatalog;
    @Reference
    private TenantAccess tenantAccess;
    @Reference
    private TenantOnboarding onboarding;
    @Reference
    private ProgramAdmin programAdmin;
    @Reference
    private CardAdmin cardAdmin;
    @Reference
    private ProgramStatuses programStatuses;

    private Bus bus;
    private Server server;

    @Activate
    void activate(RestConfig config) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestServer.class.getClassLoader());
        try {
            bus = BusFactory.newInstance().createBus();
            // Without a class loader of its own, the bus asks its resource manager for one on every request: in OSGi
            // that is a failed bundle resource look-up (an exception and a stack walk), 4 % of Karaf's CPU per sale.
            bus.setExtension(RestServer.class.getClassLoader(), ClassLoader.class);
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress(config.address());
            factory.setResourceProviders(List.of(
                    new SingletonResourceProvider(new TillResource(tills)),
                    new SingletonResourceProvider(new AdminResource(queries, programCatalog)),
                    new SingletonResourceProvider(new TenantsResource(queries, tenants, onboarding)),
                    new SingletonResourceProvider(new ProgramsResource(programAdmin)),
                    new SingletonResourceProvider(new CardsResource(cardAdmin)),
                    new SingletonResourceProvider(new PluginsResource(PluginFolder.ofKaraf(), programStatuses)),
                    new SingletonResourceProvider(new DocsResource()),
                    new SingletonResourceProvider(new HealthResource(storageHealth))));
            factory.setProviders(List.of(
                    JsonProvider.provider(),
                    new BodySizeLimit(config.maxBodyBytes()),
                    new BearerAuthFilter(verifier, tenantAccess),
                    new FailureMapper()));
            server = factory.create();
            LOG.info("Fidelis till and admin APIs published at {}", config.address());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Deactivate
    void deactivate() {
        if (server != null) {
            server.destroy();
        }
        if (bus != null) {
            bus.shutdown(true);
        }
    }
}
