package io.fidelis.rest.till;

import io.fidelis.ledger.api.CardView;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.NotFoundException;
import io.fidelis.ledger.api.CheckInRequest;
import io.fidelis.ledger.api.RedeemRequest;
import io.fidelis.ledger.api.RefundRequest;
import io.fidelis.ledger.api.SaleRequest;
import io.fidelis.ledger.api.TabOpenRequest;
import io.fidelis.ledger.api.TabSettleRequest;
import io.fidelis.ledger.api.TillReceipt;
import io.fidelis.ledger.api.TopUpRequest;
import io.fidelis.ledger.api.VoidRequest;
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
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
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

    private static final String KEY_DESCRIPTION = "Unique per till call; 8-128 printable ASCII characters";
    private static final String RETRY_NOTE = "A retry with the same Idempotency-Key returns the first answer and books nothing twice.";

    private final TillService tills;

    public TillResource(TillService tills) {
        this.tills = tills;
    }

    @POST
    @Path("transactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a sale: the member earns under the merchant's programs; payments may use the card's wallet, credit, points, comp allowance or tab",
            description = "An unknown card code enrols a new member. Payments with tender WALLET, POINTS, TAB, COMP or CREDIT:<program> are debited "
                    + "from the card (POINTS at the merchant's point value); CASH, CARD and OTHER are recorded. dueMinor is what the till still collects. "
                    + RETRY_NOTE)
    @WriteResponses
    public Response sale(@Parameter(description = KEY_DESCRIPTION, required = true) @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                         SaleRequest request, @Context SecurityContext security) {
        return created(tills.sale(till(security), idempotencyKey, request));
    }

    @POST
    @Path("topups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Top up a prepaid account (WALLET by default, or a staff card's COMP allowance) with money taken at the till",
            description = "Programs may add a bonus (e.g. +10 % on a hairdresser's prepaid card). " + RETRY_NOTE)
    @WriteResponses
    public Response topUp(@Parameter(description = KEY_DESCRIPTION, required = true) @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                          TopUpRequest request, @Context SecurityContext security) {
        return created(tills.topUp(till(security), idempotencyKey, request));
    }

    @POST
    @Path("checkins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a member in: a program uses one session of a pack (asset SESSIONS:<pack>, or the one expiring first)",
            description = "Refused with checkin-not-supported when no program of the merchant takes check-ins. " + RETRY_NOTE)
    @WriteResponses
    public Response checkIn(@Parameter(description = KEY_DESCRIPTION, required = true) @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                            CheckInRequest request, @Context SecurityContext security) {
        return created(tills.checkIn(till(security), idempotencyKey, request));
    }

    @POST
    @Path("redemptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Redeem: use a reward the member holds (rewardId), or buy one from the catalogue with points (catalogueCode)",
            description = "A voucher's value comes back as discountMinor. With keep=true a catalogue reward is kept for later. " + RETRY_NOTE)
    @WriteResponses
    public Response redeem(@Parameter(description = KEY_DESCRIPTION, required = true) @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           RedeemRequest request, @Context SecurityContext security) {
        return created(tills.redeem(till(security), idempotencyKey, request));
    }

    @POST
    @Path("refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refund a sale, whole or by lines, as compensating entries",
            description = "Points earned are taken back in proportion (those already spent are reported, not taken), loyalty payments are returned; "
                    + "dueMinor (negative) is the money to give back. " + RETRY_NOTE)
    @WriteResponses
    public Response refund(@Parameter(description = KEY_DESCRIPTION, required = true) @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           RefundRequest request, @Context SecurityContext security) {
        return created(tills.refund(till(security), idempotencyKey, request));
    }

    @POST
    @Path("voids")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Void a sale, top-up, check-in or redemption entered by mistake: every movement it booked is compensated",
            description = RETRY_NOTE)
    @WriteResponses
    public Response voidTransaction(@Parameter(description = KEY_DESCRIPTION, required = true) @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                                    VoidRequest request, @Context SecurityContext security) {
        return created(tills.voidTransaction(till(security), idempotencyKey, request));
    }

    @POST
    @Path("tabs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a pay-at-exit tab with a ceiling; sales paid with tender TAB go on it, never past the ceiling",
            description = "Refused with tab-already-open if the card has one. " + RETRY_NOTE)
    @WriteResponses
    public Response openTab(@Parameter(description = KEY_DESCRIPTION, required = true) @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                            TabOpenRequest request, @Context SecurityContext security) {
        return created(tills.openTab(till(security), idempotencyKey, request));
    }

    @POST
    @Path("tabs/settlements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Settle the card's open tab at exit (CASH, CARD, OTHER or WALLET) and close it",
            description = "totalMinor is what the tab held; dueMinor what the till collects. " + RETRY_NOTE)
    @WriteResponses
    public Response settleTab(@Parameter(description = KEY_DESCRIPTION, required = true) @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                              TabSettleRequest request, @Context SecurityContext security) {
        return created(tills.settleTab(till(security), idempotencyKey, request));
    }

    @GET
    @Path("cards/{code}")
    @Operation(summary = "Look up a card: its member, category, balances (with today's renewals), rewards held and messages for the till screen",
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CardView.class))),
                @ApiResponse(responseCode = "404", description = "No such card for this merchant")})
    public CardView card(@PathParam("code") String code, @Context SecurityContext security) {
        Caller caller = Callers.require(security, Role.TILL);
        if (!CARD_CODE.matcher(code).matches()) {
            throw new InvalidRequestException("code", "must be 1 to 64 letters, digits or . _ : - characters");
        }
        return tills.card(identity(caller), code)
                .orElseThrow(() -> new NotFoundException("No card " + code + " for this merchant"));
    }

    private static TillIdentity till(SecurityContext security) {
        return identity(Callers.require(security, Role.TILL));
    }

    private static TillIdentity identity(Caller caller) {
        return new TillIdentity(Callers.tenantOf(caller), caller.storeCode(),
                caller.tillCode() != null ? caller.tillCode() : caller.clientId());
    }

    private static Response created(TillAnswer answer) {
        // the receipt's JSON as stored with the transaction: serialised once, and a replay sends the same bytes
        return Response.status(Response.Status.CREATED)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(REPLAYED, String.valueOf(answer.replayed()))
                .entity(answer.receiptJson().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** The answers every booking call may give. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "201", description = "Booked (or replayed: header Idempotency-Replayed: true)",
            content = @Content(schema = @Schema(implementation = TillReceipt.class)))
    @ApiResponse(responseCode = "400", description = "Invalid request, naming the field; nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Missing or invalid token")
    @ApiResponse(responseCode = "404", description = "No such card or transaction for this merchant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "Refused by a rule (insufficient-balance, ceiling-reached, comp-exhausted, card-blocked, "
            + "tab-already-open, no-open-tab, reward-unavailable, already-reversed, idempotency-key-reused, program-unavailable, ...); nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "Database unavailable; retry with the same key")
    @interface WriteResponses {
    }
}
