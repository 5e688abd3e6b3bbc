package org.itu.bdt.portfolio.funding.instalments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.itu.bdt.portfolio.kit.security.Roles;

import java.util.List;
import java.util.function.Predicate;

/** A partner's instalments across its agreements, by due date: all, still outstanding, or overdue. */
@Path("/api/partners/{partnerId}/instalments")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerInstalmentResource {
    private final InstalmentService instalments;

    PartnerInstalmentResource(InstalmentService instalments) {
        this.instalments = instalments;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
    public List<PartnerInstalmentResponse> list(
            @PathParam("partnerId") String partnerId,
            @Parameter(description = "outstanding or overdue; every instalment when absent")
            @QueryParam("status") String status) {
        return instalments.ofPartner(partnerId, filter(status)).stream().map(PartnerInstalmentResponse::of).toList();
    }

    /** Instalments of a cancelled agreement are no longer due: never outstanding, never overdue. */
    private static Predicate<InstalmentBalance> filter(String status) {
        if (status == null) {
            return balance -> true;
        }
        return switch (status) {
            case "outstanding" -> InstalmentBalance::isOpen;
            case "overdue" -> InstalmentBalance::overdue;
            default -> throw new InvalidRequestException(
                    List.of(new FieldError("status", "must be outstanding or overdue")));
        };
    }
}
