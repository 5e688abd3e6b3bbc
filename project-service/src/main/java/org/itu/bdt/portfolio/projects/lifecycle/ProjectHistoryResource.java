package org.itu.bdt.portfolio.projects.lifecycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.itu.bdt.portfolio.kit.security.Caller;
import org.itu.bdt.portfolio.kit.security.Roles;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Path("/api/projects/{projectNumber}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project lifecycle")
public class ProjectHistoryResource {

    private final LifecycleService transitions;
    private final Caller caller;
    private final Clock clock;

    ProjectHistoryResource(LifecycleService transitions, Caller caller, Clock clock) {
        this.transitions = transitions;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Path("transitions")
    @Operation(summary = "Move a project to another status", description = """
            For the steps a support officer takes: suspension, resumption, cancellation, financial closure. \
            Approval, rejection and operational closure come from Project Board decisions, ONGOING from the \
            first signed agreement. An illegal step is a 409 listing the allowed ones. The actor is the token's \
            subject. Emits ProjectStatusChanged, then ProjectUpdated.""")
    @APIResponse(responseCode = "201", description = "The step, as recorded in the history",
            content = @Content(schema = @Schema(implementation = StatusChangeResponse.class)))
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER})
    public Response transition(@PathParam("projectNumber") String projectNumber,
                               @NotNull @Valid TransitionRequest body) {
        LocalDate changedOn = body.changedOn() != null ? body.changedOn() : LocalDate.now(clock);
        StatusChange change = transitions.transition(projectNumber, body.to(), TransitionCause.MANUAL,
                caller.subject(), body.reason(), changedOn);
        return Response.created(URI.create("/api/projects/" + projectNumber + "/history"))
                .entity(StatusChangeResponse.of(change, change.reason())).build();
    }

    @GET
    @Path("history")
    @Operation(summary = "A project's status history", description = """
            Every status it took, oldest first. A partner reads only the histories of the projects its partner \
            signed an agreement for (any other is a 404), and another funder's agreement number in a reason as \
            [withheld].""")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
    public List<StatusChangeResponse> history(@PathParam("projectNumber") String projectNumber) {
        ProjectHistory history = transitions.history(projectNumber, caller.partner());
        return history.steps().stream().map(step -> StatusChangeResponse.of(step, history.reasonOf(step))).toList();
    }
}
