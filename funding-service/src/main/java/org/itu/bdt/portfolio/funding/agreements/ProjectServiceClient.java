package org.itu.bdt.portfolio.funding.agreements;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@Path("/api/projects")
@RegisterRestClient(configKey = "project-service")
public interface ProjectServiceClient {

    @GET
    @Path("/{projectNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    RegisteredProject project(@PathParam("projectNumber") String projectNumber);
}
