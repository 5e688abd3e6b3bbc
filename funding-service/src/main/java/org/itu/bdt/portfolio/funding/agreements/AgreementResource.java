package org.itu.bdt.portfolio.funding.agreements;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.itu.bdt.portfolio.funding.platform.QueryDates;
import org.itu.bdt.portfolio.funding.platform.QueryParameters;
import org.itu.bdt.portfolio.kit.security.Roles;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@Path("/api/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {
    private static final int DEFAULT_PAGE = 100;
    private static final int LARGEST_PAGE = 1000;

    private final AgreementService agreements;
    private final AgreementTotals totals;

    AgreementResource(AgreementService agreements, AgreementTotals totals) {
        this.agreements = agreements;
        this.totals = totals;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    public Response sign(@NotNull @Valid SignAgreementRequest body) {
        Agreement agreement = agreements.sign(body.toTerms());
        return Response.created(location(agreement.agreementNumber()))
                .entity(AgreementResponse.of(agreement))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
    @Path("/{agreementNumber}")
    public AgreementResponse get(@PathParam("agreementNumber") String agreementNumber,
                                 @QueryParam("asOf") String asOf) {
        Agreement agreement = agreements.find(agreementNumber);
        return AgreementResponse.of(asOf == null
                ? AgreementAsOf.today(agreement)
                : AgreementAsOf.on(agreement, QueryDates.parse("asOf", asOf)));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    @Path("/totals")
    @Operation(summary = "Per-project funding in effect on a date, by source, kind and contribution",
            description = "Pages of projects in project-number order: pass the answer's next as after for the "
                    + "next page. What reconciliation compares the read models with.")
    public AgreementTotalsResponse totals(
            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("asOf") String asOf,
            @Parameter(description = "the last project number of the previous page") @QueryParam("after")
            String after,
            @Parameter(description = "projects per page, 1 to 1000, default 100") @QueryParam("limit") String limit) {
        LocalDate date = asOf == null ? LocalDate.now() : QueryDates.parse("asOf", asOf);
        int size = QueryParameters.integer("limit", limit, DEFAULT_PAGE, LARGEST_PAGE);
        return AgreementTotalsResponse.of(date, totals.page(date, QueryParameters.text(after), size), size);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
    public List<AgreementResponse> list(@QueryParam("projectNumber") String projectNumber,
                                        @QueryParam("partnerId") String partnerId) {
        return agreements.list(projectNumber, partnerId).stream().map(AgreementResponse::of).toList();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Path("/{agreementNumber}/amendments")
    public Response amend(@PathParam("agreementNumber") String agreementNumber,
                          @NotNull @Valid AmendAgreementRequest body) {
        Amendment amendment = agreements.amend(agreementNumber, body.toTerms());
        return Response.created(location(agreementNumber))
                .entity(AmendmentResponse.of(amendment))
                .build();
    }

    private static URI location(String agreementNumber) {
        return UriBuilder.fromResource(AgreementResource.class).path(agreementNumber).build();
    }
}
