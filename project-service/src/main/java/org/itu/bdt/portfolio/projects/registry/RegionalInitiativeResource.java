package org.itu.bdt.portfolio.projects.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.itu.bdt.portfolio.kit.security.Roles;
import org.itu.bdt.portfolio.projects.platform.QueryParameters;

import java.util.List;
import java.util.Optional;

@Path("/api/regional-initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class RegionalInitiativeResource {

    @GET
    @Operation(summary = "The regional initiatives codelist", description = """
            The WTDC-22 Kigali Action Plan's regional initiatives with their labels, and MULTIPLE. With region, \
            the codes a project of that region may have (all of them for INTER_REGIONAL).""")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    public List<RegionalInitiative> list(@QueryParam("region") String region) {
        return RegionalInitiatives.of(Optional.ofNullable(QueryParameters.enumValue("region", region, Region.class)));
    }
}
