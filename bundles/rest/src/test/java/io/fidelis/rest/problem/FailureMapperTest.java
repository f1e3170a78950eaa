package io.fidelis.rest.problem;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.RuleRejectedException;
import io.fidelis.ledger.api.SaleRequest;
import io.fidelis.ledger.api.StorageUnavailableException;
import javax.ws.rs.BadRequestException;
import org.junit.Test;

public class FailureMapperTest {

    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What CXF hands the mapper when the JSON reader fails: a BadRequestException caused by Jackson's error. */
    private static Problem problemFor(String json) {
        try {
            STRICT.readValue(json, SaleRequest.class);
            throw new AssertionError("expected a JSON failure");
        } catch (Exception e) {
            return FailureMapper.toProblem(new BadRequestException(e));
        }
    }

    @Test
    public void unknownFieldIsNamed() {
        Problem problem = problemFor("{\"cardCode\":\"A\",\"bonus\":1}");
        assertEquals(400, problem.status());
        assertEquals("bonus", problem.errors().get(0).field());
    }

    @Test
    public void wrongTypeNamesTheNestedField() {
        Problem problem = problemFor("{\"lines\":[{\"sku\":\"a\",\"quantity\":\"many\"}]}");
        assertEquals("lines[0].quantity", problem.errors().get(0).field());
    }

    @Test
    public void brokenJsonIsABodyError() {
        Problem problem = problemFor("{\"cardCode\":");
        assertEquals("body", problem.errors().get(0).field());
    }

    @Test
    public void aBodyCutInsideAFieldIsStillABodyError() {
        Problem problem = problemFor("{\"cardCode\":\"A\",\"lines\":[");
        assertEquals("body", problem.errors().get(0).field());
    }

    @Test
    public void aProblemRaisedWhileJacksonReadsKeepsItsStatus() {
        ProblemException tooLarge = new ProblemException(413, "body-too-large", "Payload too large", "limit");
        Problem problem = FailureMapper.toProblem(new BadRequestException(
                new com.fasterxml.jackson.databind.JsonMappingException(null, "wrapped", tooLarge)));
        assertEquals(413, problem.status());
        assertEquals("body-too-large", problem.code());
    }

    @Test
    public void domainFailuresMapToTheirStatus() {
        assertEquals(400, FailureMapper.toProblem(new InvalidRequestException("cardCode", "is required")).status());
        assertEquals(404, FailureMapper.toProblem(new NotFoundException("no card")).status());
        Problem refused = FailureMapper.toProblem(new RuleRejectedException("card-blocked", "Card is lost"));
        assertEquals(422, refused.status());
        assertEquals("card-blocked", refused.code());
        assertEquals(503, FailureMapper.toProblem(new StorageUnavailableException("down", null)).status());
    }

    @Test
    public void anythingElseIsAGeneric500WithoutDetails() {
        Problem problem = FailureMapper.toProblem(new IllegalStateException("secret internals"));
        assertEquals(500, problem.status());
        assertEquals("An unexpected error occurred; it has been logged", problem.detail());
    }
}
