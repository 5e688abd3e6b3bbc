package org.itu.bdt.portfolio.projects.board;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.itu.bdt.portfolio.kit.security.Roles;
import org.itu.bdt.portfolio.projects.platform.QueryParameters;

import java.net.URI;
import java.util.List;

@Path("/api/board/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project Board")
public class BoardRequestResource {

    private final BoardRequestService requests;

    BoardRequestResource(BoardRequestService requests) {
        this.requests = requests;
    }

    @POST
    @Operation(summary = "Ask the board for a supplement, a closure or guidance", description = """
            A SUPPLEMENT or CLOSURE needs an ONGOING project (409 otherwise), GUIDANCE a project not yet closed; \
            an unknown project is a 422, a second pending request of the same kind for a project a 409. The request \
            is on the draft agenda of every meeting from today until a decision settles it.""")
    @APIResponse(responseCode = "201", description = "Filed, PENDING",
            content = @Content(schema = @Schema(implementation = BoardRequestResponse.class)))
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.PROJECT_MANAGER})
    public Response file(@NotNull @Valid BoardFilingRequest body) {
        BoardRequest request = requests.file(body.kind(), body.projectNumber(), body.summary(), body.requestedBy());
        return Response.created(URI.create("/api/board/requests?status=PENDING"))
                .entity(BoardRequestResponse.of(request)).build();
    }

    @GET
    @Operation(summary = "Requests to the board, oldest first", description = "status: PENDING or DECIDED (any case).")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    public List<BoardRequestResponse> list(@QueryParam("status") String status) {
        return requests.list(QueryParameters.enumValueIgnoringCase("status", status, BoardRequest.Status.class))
                .stream().map(BoardRequestResponse::of).toList();
    }
}
