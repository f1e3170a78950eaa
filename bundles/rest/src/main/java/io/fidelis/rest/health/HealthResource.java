package io.fidelis.rest.health;

import io.fidelis.ledger.api.StorageHealth;
import io.fidelis.rest.problem.Problems;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Public liveness and readiness: 200 when the APIs can reach the database, 503 otherwise. */
@Path("health")
@Hidden
public class HealthResource {

    private final StorageHealth storage;

    public HealthResource(StorageHealth storage) {
        this.storage = storage;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        if (storage.reachable()) {
            return Response.ok(Map.of("status", "UP", "database", "UP")).build();
        }
        return Problems.response(503, "unavailable", "Service unavailable", "The database cannot be reached");
    }
}
