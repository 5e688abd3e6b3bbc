package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Asks with funding-service's own access token (client credentials), never the caller's. */
@Path("/api/projects")
@OidcClientFilter
@RegisterRestClient(configKey = "project-service")
public interface ProjectServiceClient {

    @GET
    @Path("/{projectNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    RegisteredProject project(@PathParam("projectNumber") String projectNumber);
}
