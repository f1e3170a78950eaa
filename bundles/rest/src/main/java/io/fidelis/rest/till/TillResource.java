package io.fidelis.rest.till;

import io.fidelis.ledger.api.CardView;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.SaleReceipt;
import io.fidelis.ledger.api.SaleRequest;
import io.fidelis.ledger.api.TillAnswer;
import io.fidelis.ledger.api.TillIdentity;
import io.fidelis.ledger.api.TillService;
import io.fidelis.rest.internal.Callers;
import io.fidelis.rest.problem.Problem;
import io.fidelis.security.Caller;
import io.fidelis.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.regex.Pattern;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/** What a till calls on every sale. The till's tenant, store and code come from its token. */
@Path("till/v1")
@Tag(name = "Till", description = "Calls made by tills (client-credentials tokens with role till)")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TillResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    private static final Pattern CARD_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final TillService tills;

    public TillResource(TillService tills) {
        this.tills = tills;
    }

    @POST
    @Path("transactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a sale: the member behind the card earns under the merchant's programs",
            description = "An unknown card code enrols a new member. A retry with the same Idempotency-Key returns the first answer and books nothing twice.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Recorded (or replayed: header Idempotency-Replayed: true)",
                        content = @Content(schema = @Schema(implementation = SaleReceipt.class))),
                @ApiResponse(responseCode = "400", description = "Invalid request; nothing written",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @ApiResponse(responseCode = "401", description = "Missing or invalid token"),
                @ApiResponse(responseCode = "422", description = "Refused by a rule (card blocked, insufficient balance, key reused)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @ApiResponse(responseCode = "503", description = "Database unavailable; retry with the same key")})
    public Response sale(@Parameter(description = "Unique per sale and till; 8-128 printable ASCII characters", required = true)
                         @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                         SaleRequest request,
                         @Context SecurityContext security) {
        Caller caller = Callers.require(security, Role.TILL);
        TillIdentity till = new TillIdentity(Callers.tenantOf(caller), caller.storeCode(),
                caller.tillCode() != null ? caller.tillCode() : caller.clientId());
        TillAnswer answer = tills.sale(till, idempotencyKey, request);
        return Response.status(Response.Status.CREATED)
                .header(REPLAYED, String.valueOf(answer.replayed()))
                .entity(answer.receipt())
                .build();
    }

    @GET
    @Path("cards/{code}")
    @Operation(summary = "Look up a card: its member, balances and messages for the till screen",
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CardView.class))),
                @ApiResponse(responseCode = "404", description = "No such card for this merchant")})
    public CardView card(@PathParam("code") String code, @Context SecurityContext security) {
        Caller caller = Callers.require(security, Role.TILL);
        if (!CARD_CODE.matcher(code).matches()) {
            throw new InvalidRequestException("code", "must be 1 to 64 letters, digits or . _ : - characters");
        }
        return tills.card(Callers.tenantOf(caller), code)
                .orElseThrow(() -> new NotFoundException("No card " + code + " for this merchant"));
    }
}
