package io.fidelis.rest.docs;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Properties;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Serves the OpenAPI document generated at build time and Swagger UI (from the embedded webjar).
 * Public: no token needed to read the API description.
 */
@Path("")
@Hidden
public class DocsResource {

    private static final String OPENAPI = "openapi/openapi.json";
    private static final Map<String, String> TYPES = Map.of(
            "html", MediaType.TEXT_HTML, "js", "application/javascript", "css", "text/css",
            "png", "image/png", "json", MediaType.APPLICATION_JSON, "map", MediaType.APPLICATION_JSON);

    private final String swaggerUiPath = loadSwaggerUiPath();

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response openApi() {
        return resource(OPENAPI, MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("docs")
    public Response docsRoot() {
        return Response.seeOther(URI.create("docs/")).build();
    }

    @GET
    @Path("docs/{file: .*}")
    public Response docs(@PathParam("file") String file) {
        String name = file.isEmpty() ? "index.html" : file;
        if (name.contains("..")) {
            throw new NotFoundException();
        }
        if (name.equals("swagger-initializer.js")) {
            return resource("io/fidelis/rest/docs/swagger-initializer.js", "application/javascript");
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return resource(swaggerUiPath + name, TYPES.getOrDefault(extension, MediaType.APPLICATION_OCTET_STREAM));
    }

    private static Response resource(String path, String type) {
        InputStream in = DocsResource.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new NotFoundException();
        }
        return Response.ok(in, type).header("Cache-Control", "max-age=3600").build();
    }

    private static String loadSwaggerUiPath() {
        try (InputStream in = DocsResource.class.getResourceAsStream("docs.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("swaggerUiPath");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
