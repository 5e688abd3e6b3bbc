package org.itu.bdt.portfolio.projects.api;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.itu.bdt.portfolio.projects.domain.Project;
import org.itu.bdt.portfolio.projects.domain.ProjectRegistry;
import org.itu.bdt.portfolio.projects.domain.ProjectRevision;
import org.itu.bdt.portfolio.projects.domain.ProjectStatus;
import org.itu.bdt.portfolio.projects.domain.ProjectTransitions;
import org.itu.bdt.portfolio.projects.domain.Region;
import org.itu.bdt.portfolio.projects.events.ProjectEvents;

import java.net.URI;

@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectResource {

    static final int MAX_PAGE_SIZE = 200;

    private final ProjectRegistry registry;
    private final ProjectTransitions transitions;
    private final ProjectEvents events;

    ProjectResource(ProjectRegistry registry, ProjectTransitions transitions, ProjectEvents events) {
        this.registry = registry;
        this.transitions = transitions;
        this.events = events;
    }

    @POST
    @Transactional
    @Operation(summary = "Register a project", description = """
            Without a status the project is PROPOSED; with one it is imported as it stands (imported: true). \
            Emits ProjectStatusChanged, then ProjectRegistered.""")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag name the project and its version",
            content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    public Response register(@HeaderParam(Actors.HEADER) String user, @NotNull @Valid ProjectRequest body) {
        Project project = registry.register(body.projectNumber(), body.details(), body.statusSince());
        transitions.recordFirstStatus(project, Actors.of(user));
        events.registered(project);
        return Response.created(URI.create("/api/projects/" + project.projectNumber()))
                .tag(ProjectVersions.etag(project.version()))
                .entity(ProjectResponse.of(project))
                .build();
    }

    @GET
    @Path("{projectNumber}")
    @Operation(summary = "Read a project", description = "The ETag is the project's version.")
    @APIResponse(responseCode = "200", description = "The project",
            content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    public Response find(@PathParam("projectNumber") String projectNumber) {
        return withEtag(registry.find(projectNumber));
    }

    @PUT
    @Path("{projectNumber}")
    @Transactional
    @Operation(summary = "Replace a project's editable fields",
            description = "If-Match with the version guards against lost updates. Emits ProjectUpdated when anything changed.")
    @APIResponse(responseCode = "200", description = "The project as revised",
            content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    public Response revise(@PathParam("projectNumber") String projectNumber,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ProjectChanges body) {
        ProjectRevision revision = registry.revise(projectNumber, ProjectVersions.fromIfMatch(ifMatch), body.details());
        if (revision.changed()) {
            events.updated(revision.project());
        }
        return withEtag(revision.project());
    }

    @GET
    @Operation(summary = "List projects", description = "Filtered by region and status, sorted by project number.")
    public ProjectPageResponse list(@QueryParam("region") String region,
                                    @QueryParam("status") String status,
                                    @QueryParam("page") @DefaultValue("0") String page,
                                    @QueryParam("size") @DefaultValue("20") String size) {
        return ProjectPageResponse.of(registry.list(
                QueryParameters.enumValue("region", region, Region.class),
                QueryParameters.enumValue("status", status, ProjectStatus.class),
                QueryParameters.integer("page", page, 0, Integer.MAX_VALUE),
                QueryParameters.integer("size", size, 1, MAX_PAGE_SIZE)));
    }

    private static Response withEtag(Project project) {
        return Response.ok(ProjectResponse.of(project)).tag(ProjectVersions.etag(project.version())).build();
    }
}
