package org.itu.bdt.portfolio.projects.board;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.itu.bdt.portfolio.kit.security.Roles;
import org.itu.bdt.portfolio.projects.platform.QueryParameters;

import java.time.LocalDate;
import java.util.List;

@Path("/api/board/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project Board")
public class BoardActionResource {

    private final BoardActionService actions;

    BoardActionResource(BoardActionService actions) {
        this.actions = actions;
    }

    @GET
    @Operation(summary = "The follow-up actions of the board's decisions, by due date", description = """
            status: open, overdue (open and due before today) or done; owner: exactly as recorded.""")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    public List<BoardActionResponse> list(@QueryParam("status") String status, @QueryParam("owner") String owner) {
        BoardActionService.Filter filter = QueryParameters.enumValueIgnoringCase("status", status, BoardActionService.Filter.class);
        LocalDate today = actions.today();
        return actions.list(filter, owner).stream().map(action -> BoardActionResponse.of(action, today)).toList();
    }

    @POST
    @Path("{actionId}/completion")
    @Operation(summary = "Report an action done, with a note", description = """
            Done today; a second completion is a 409. Emits BoardActionChanged.""")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    public BoardActionResponse complete(@PathParam("actionId") long actionId,
                                        @NotNull @Valid BoardCompletionRequest body) {
        return BoardActionResponse.of(actions.complete(actionId, body.note()), actions.today());
    }
}
