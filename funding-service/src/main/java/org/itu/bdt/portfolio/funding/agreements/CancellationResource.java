package org.itu.bdt.portfolio.funding.agreements;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.itu.bdt.portfolio.kit.security.Roles;

/** Cancelling is final and happens once; the agreement keeps its history and stops counting from cancelledOn. */
@Path("/api/agreements/{agreementNumber}/cancellation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CancellationResource {
    private final CancellationService cancellations;

    CancellationResource(CancellationService cancellations) {
        this.cancellations = cancellations;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    public AgreementResponse cancel(@PathParam("agreementNumber") String agreementNumber,
                                    @NotNull @Valid CancelAgreementRequest body) {
        return AgreementResponse.of(cancellations.cancel(agreementNumber, body.toTerms()));
    }
}
