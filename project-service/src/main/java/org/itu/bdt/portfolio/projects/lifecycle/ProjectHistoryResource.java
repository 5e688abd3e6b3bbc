package org.itu.bdt.portfolio.projects.lifecycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.itu.bdt.portfolio.projects.platform.Actors;

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
    private final Clock clock;

    ProjectHistoryResource(LifecycleService transitions, Clock clock) {
        this.transitions = transitions;
        this.clock = clock;
    }

    @POST
    @Path("transitions")
    @Operation(summary = "Move a project to another status", description = """
            For the steps a support officer takes: suspension, resumption, cancellation, financial closure. \\
            Approval, rejection and operational closure come from Project Board decisions, ONGOING from the \\
            first signed agreement. An illegal step is a 409 listing the allowed ones. \\
            Emits ProjectStatusChanged, then ProjectUpdated.""")
    @APIResponse(responseCode = "201", description = "The step, as recorded in the history",
            content = @Content(schema = @Schema(implementation = StatusChangeResponse.class)))
    public Response transition(@PathParam("projectNumber") String projectNumber,
                               @HeaderParam(Actors.HEADER) String user,
                               @NotNull @Valid TransitionRequest body) {
        LocalDate changedOn = body.changedOn() != null ? body.changedOn() : LocalDate.now(clock);
        StatusChange change = transitions.transition(projectNumber, body.to(), TransitionCause.MANUAL,
                Actors.of(user), body.reason(), changedOn);
        return Response.created(URI.create("/api/projects/" + projectNumber + "/history"))
                .entity(StatusChangeResponse.of(change)).build();
    }

    @GET
    @Path("history")
    @Operation(summary = "A project's status history", description = "Every status it took, oldest first.")
    public List<StatusChangeResponse> history(@PathParam("projectNumber") String projectNumber) {
        return transitions.history(projectNumber).stream().map(StatusChangeResponse::of).toList();
    }
}
