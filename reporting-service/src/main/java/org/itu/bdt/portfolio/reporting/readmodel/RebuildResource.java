package org.itu.bdt.portfolio.reporting.readmodel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.itu.bdt.portfolio.kit.security.Roles;
import org.itu.bdt.portfolio.reporting.platform.NotFoundException;

@RolesAllowed(Roles.ADMIN)
@Path("/api/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    private final RebuildService rebuilds;

    RebuildResource(RebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    @POST
    @Operation(summary = "Rebuild the read model from both topics, then switch over to it",
            description = "202 with the rebuild's Location; reports keep answering from the current tables until "
                    + "the switch. 409 while another rebuild runs.")
    public Response start() {
        Rebuild started = rebuilds.start();
        return Response.accepted(started)
                .location(UriBuilder.fromResource(RebuildResource.class).path(String.valueOf(started.id())).build())
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A rebuild: its state, the records replayed so far, when it started and finished")
    public Rebuild find(@PathParam("id") long id) {
        return rebuilds.find(id).orElseThrow(() -> new NotFoundException("no rebuild " + id));
    }
}
