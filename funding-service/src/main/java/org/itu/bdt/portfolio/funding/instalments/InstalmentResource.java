package org.itu.bdt.portfolio.funding.instalments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.itu.bdt.portfolio.kit.security.Roles;

import java.util.List;

/** The instalment schedule of a partner agreement: replaced whole, while nothing has been received. */
@Path("/api/agreements/{agreementNumber}/instalments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstalmentResource {
    private final InstalmentService instalments;

    InstalmentResource(InstalmentService instalments) {
        this.instalments = instalments;
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    public ScheduleResponse replace(@PathParam("agreementNumber") String agreementNumber,
                                    @NotNull List<InstalmentRequest> body) {
        List<InstalmentTerms> terms = body.stream()
                .map(row -> row == null ? null : row.toTerms())
                .toList();
        return ScheduleResponse.of(instalments.replace(agreementNumber, terms));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
    public ScheduleResponse get(@PathParam("agreementNumber") String agreementNumber) {
        return ScheduleResponse.of(instalments.schedule(agreementNumber));
    }
}
