package io.fidelis.rest.admin;

import io.fidelis.ledger.api.CardAdmin;
import io.fidelis.ledger.api.CardStatus;
import io.fidelis.rest.internal.Callers;
import io.fidelis.rest.problem.Problem;
import io.fidelis.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/** The counter's card actions: a lost card is blocked, then replaced by a new one that keeps the member's accounts. */
@Path("admin/v1/cards/{code}")
@Tag(name = "Cards", description = "Blocking and replacing members' cards (merchant staff and admins)")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CardsResource {

    private static final Role[] COUNTER_ROLES = {Role.MERCHANT_ADMIN, Role.MERCHANT_STAFF, Role.SUPPORT};

    /** Body of a block: BLOCKED (default) or LOST. */
    public record BlockRequest(String status) {
    }

    /** Body of a replacement: the code of the new card handed to the member. */
    public record ReplaceRequest(String newCardCode) {
    }

    /** Body of a category change: the member's customer category, or null to clear it. */
    public record CategoryRequest(String category) {
    }

    private final CardAdmin cards;

    public CardsResource(CardAdmin cards) {
        this.cards = cards;
    }

    @POST
    @Path("block")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Block a card (status BLOCKED or LOST): tills are refused with card-blocked, balances stay",
            responses = {@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CardStatus.class))),
                @ApiResponse(responseCode = "404", description = "No such card for this merchant"),
                @ApiResponse(responseCode = "422", description = "The card is not active",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))})
    public CardStatus block(@PathParam("code") String code, BlockRequest request, @Context SecurityContext security) {
        String tenant = Callers.tenantOf(Callers.require(security, COUNTER_ROLES));
        return cards.block(tenant, code, request == null ? null : request.status());
    }

    @PUT
    @Path("member-category")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put the card's member in a customer category (regular, privileged, staff, vip, ...), read by programs "
            + "such as a casino's daily credit, staff comps or a discount card (merchant-admin, support)",
            responses = {@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CardStatus.class))),
                @ApiResponse(responseCode = "400", description = "category malformed"),
                @ApiResponse(responseCode = "404", description = "No such card for this merchant")})
    public CardStatus categorise(@PathParam("code") String code, CategoryRequest request, @Context SecurityContext security) {
        String tenant = Callers.tenantOf(Callers.require(security, Role.MERCHANT_ADMIN, Role.SUPPORT));
        return cards.categorise(tenant, code, request == null ? null : request.category());
    }

    @POST
    @Path("unblock")
    @Operation(summary = "Reactivate a blocked or lost card")
    public CardStatus unblock(@PathParam("code") String code, @Context SecurityContext security) {
        String tenant = Callers.tenantOf(Callers.require(security, COUNTER_ROLES));
        return cards.unblock(tenant, code);
    }

    @POST
    @Path("replacement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a card (lost, damaged): the new card belongs to the same member and keeps every balance, "
            + "reward and open tab; the old card is refused from then on",
            responses = {@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CardStatus.class))),
                @ApiResponse(responseCode = "400", description = "newCardCode missing or malformed"),
                @ApiResponse(responseCode = "404", description = "No such card for this merchant"),
                @ApiResponse(responseCode = "422", description = "card-already-replaced or card-code-in-use",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))})
    public CardStatus replace(@PathParam("code") String code, ReplaceRequest request, @Context SecurityContext security) {
        String tenant = Callers.tenantOf(Callers.require(security, COUNTER_ROLES));
        return cards.replace(tenant, code, request == null ? null : request.newCardCode());
    }
}
