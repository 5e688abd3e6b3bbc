package org.itu.bdt.portfolio.projects.registry;

import jakarta.annotation.security.RolesAllowed;
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
import org.itu.bdt.portfolio.kit.security.Caller;
import org.itu.bdt.portfolio.kit.security.Roles;
import org.itu.bdt.portfolio.projects.platform.InvalidParameterException;
import org.itu.bdt.portfolio.projects.platform.QueryParameters;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectResource {

    static final int MAX_PAGE_SIZE = 200;

    private final ProjectService registry;
    private final Caller caller;

    ProjectResource(ProjectService registry, Caller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Register a project", description = """
            Without a status the project is PROPOSED; with one it is imported as it stands (imported: true). \
            Emits ProjectStatusChanged, then ProjectRegistered.""")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag name the project and its version",
            content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER})
    public Response register(@NotNull @Valid ProjectRequest body) {
        Project project = registry.register(body.projectNumber(), body.details(), body.statusSince(), caller.subject());
        return Response.created(URI.create("/api/projects/" + project.projectNumber()))
                .tag(ProjectVersions.etag(project.version()))
                .entity(ProjectResponse.of(project))
                .build();
    }

    @GET
    @Path("{projectNumber}")
    @Operation(summary = "Read a project", description = """
            The ETag is the project's version. A partner reads only the projects its partner signed an agreement \
            for; any other is a 404.""")
    @APIResponse(responseCode = "200", description = "The project",
            content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
    public Response find(@PathParam("projectNumber") String projectNumber) {
        return withEtag(registry.findSeenBy(projectNumber, caller.partner()));
    }

    @PUT
    @Path("{projectNumber}")
    @Operation(summary = "Replace a project's editable fields",
            description = """
                    If-Match with the version guards against lost updates. The body may repeat the project number, \
                    not change it; a property the record does not have (statusSince, version...) is a 400. Emits \
                    ProjectUpdated when anything changed.""")
    @APIResponse(responseCode = "200", description = "The project as revised",
            content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER})
    public Response revise(@PathParam("projectNumber") String projectNumber,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ProjectChanges body) {
        if (body.projectNumber() != null && !body.projectNumber().equals(projectNumber)) {
            throw new InvalidProjectException("projectNumber", "is set at registration only: must be " + projectNumber
                    + " or left out");
        }
        return withEtag(registry.revise(projectNumber, ProjectVersions.fromIfMatch(ifMatch), body.details()).project());
    }

    @GET
    @Operation(summary = "Search projects", description = """
            Every criterion is optional and all must hold. q: text in the number, title or description (any case); \
            status may repeat or list several, comma-separated; partner: a partner with an agreement that is not \
            cancelled; signedYear: year of signedOn; endFrom/endTo: endDate within, inclusive. \
            sort: comma-separated fields, '-' first for descending (default and last key: projectNumber). \
            A partner finds only the projects its partner signed an agreement for.""")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
    public ProjectPageResponse list(@QueryParam("q") String text,
                                    @QueryParam("region") String region,
                                    @QueryParam("initiative") String initiative,
                                    @QueryParam("status") List<String> statuses,
                                    @QueryParam("partner") String partner,
                                    @QueryParam("signedYear") String signedYear,
                                    @QueryParam("endFrom") String endFrom,
                                    @QueryParam("endTo") String endTo,
                                    @QueryParam("sort") String sort,
                                    @QueryParam("page") @DefaultValue("0") String page,
                                    @QueryParam("size") @DefaultValue("20") String size) {
        ProjectSearch search = new ProjectSearch(text,
                QueryParameters.enumValue("region", region, Region.class),
                initiativeParameter("initiative", initiative),
                QueryParameters.enumValues("status", statuses, ProjectStatus.class),
                QueryParameters.blankToNull(partner),
                QueryParameters.optionalInteger("signedYear", signedYear, 1900, 2999),
                QueryParameters.date("endFrom", endFrom),
                QueryParameters.date("endTo", endTo),
                orderParameter("sort", sort),
                caller.partner().orElse(null));
        int pageSize = QueryParameters.integer("size", size, 1, MAX_PAGE_SIZE);
        // the page's first row is page × size, an int in the query: no page may start beyond it
        return ProjectPageResponse.of(registry.search(search,
                QueryParameters.integer("page", page, 0, Integer.MAX_VALUE / pageSize), pageSize));
    }

    private static Response withEtag(Project project) {
        return Response.ok(ProjectResponse.of(project)).tag(ProjectVersions.etag(project.version())).build();
    }

    private static String initiativeParameter(String parameter, String value) {
        String code = QueryParameters.blankToNull(value);
        if (code != null && !RegionalInitiatives.isCode(code)) {
            throw new InvalidParameterException(parameter, "must be a code of GET /api/regional-initiatives");
        }
        return code;
    }

    /** {@code sort=endDate,-signedOn}: the whitelisted fields, each ascending or, after a '-', descending. */
    private static List<ProjectOrder> orderParameter(String parameter, String value) {
        return QueryParameters.values(value == null ? List.of() : List.of(value))
                .map(key -> orderKey(parameter, key)).toList();
    }

    private static ProjectOrder orderKey(String parameter, String key) {
        boolean descending = key.startsWith("-");
        String field = descending ? key.substring(1) : key;
        try {
            return new ProjectOrder(ProjectOrder.SortKey.valueOf(field), descending);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, "must list fields of "
                    + Arrays.toString(ProjectOrder.SortKey.values()) + ", each optionally after '-' for descending");
        }
    }
}
