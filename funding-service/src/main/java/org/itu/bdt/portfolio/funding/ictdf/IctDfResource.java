package org.itu.bdt.portfolio.funding.ictdf;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.itu.bdt.portfolio.funding.platform.QueryDates;
import org.itu.bdt.portfolio.kit.security.Roles;

import java.time.LocalDate;
import java.util.List;

/** The ICT Development Fund's capital account: transfers in, the balance at a date, the statement. */
@Path("/api/ict-df")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IctDfResource {
    private final IctDfAccountService account;

    IctDfResource(IctDfAccountService account) {
        this.account = account;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Path("/transfers")
    public Response receive(@NotNull @Valid ReceiveTransferRequest body) {
        IctDfTransfer transfer = account.receive(body.toTerms());
        return Response.created(UriBuilder.fromResource(IctDfResource.class)
                        .path("transfers").path(transfer.transferId()).build())
                .entity(TransferResponse.of(transfer))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    @Path("/transfers/{transferId}")
    public TransferResponse transfer(@PathParam("transferId") String transferId) {
        return TransferResponse.of(account.transfer(transferId));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    @Path("/transfers")
    public List<TransferResponse> transfers() {
        return account.transfers().stream().map(TransferResponse::of).toList();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    @Path("/account")
    public IctDfAccountResponse account(
            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("asOf") String asOf) {
        return IctDfAccountResponse.of(account.asOf(date("asOf", asOf, LocalDate.now())));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    @Path("/statement")
    public IctDfStatementResponse statement(
            @Parameter(description = "YYYY-MM-DD, default the first movement") @QueryParam("from") String from,
            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("to") String to) {
        return IctDfStatementResponse.of(account.statement(date("from", from, null), date("to", to, LocalDate.now())));
    }

    private static LocalDate date(String parameter, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return QueryDates.parse(parameter, value);
    }
}
