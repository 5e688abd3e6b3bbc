package org.itu.bdt.portfolio.funding.instalments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.itu.bdt.portfolio.kit.security.Roles;

/** Payments against a partner agreement's schedule: 201 when recorded, 200 with the first result on a retry. */
@Path("/api/agreements/{agreementNumber}/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {
    private final InstalmentService instalments;

    PaymentResource(InstalmentService instalments) {
        this.instalments = instalments;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    public Response receive(@PathParam("agreementNumber") String agreementNumber,
                            @NotNull @Valid RecordPaymentRequest body) {
        PaymentReceipt receipt = instalments.receive(agreementNumber, body.toTerms());
        PaymentResponse answer = PaymentResponse.of(receipt);
        if (receipt.replayed()) {
            return Response.ok(answer).build();
        }
        return Response.created(UriBuilder.fromResource(InstalmentResource.class).build(agreementNumber))
                .entity(answer)
                .build();
    }
}
