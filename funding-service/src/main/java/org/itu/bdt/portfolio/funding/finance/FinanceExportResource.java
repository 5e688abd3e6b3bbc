package org.itu.bdt.portfolio.funding.finance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.itu.bdt.portfolio.funding.platform.QueryParameters;
import org.itu.bdt.portfolio.kit.security.Roles;

@Path("/api/finance/exports")
@Produces(FinanceCsv.MEDIA_TYPE)
public class FinanceExportResource {
    private final FinanceExportService exports;

    FinanceExportResource(FinanceExportService exports) {
        this.exports = exports;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    @Path("/agreements.csv")
    @Operation(summary = "Agreements signed in the period (both days included), optionally of one partner")
    public Response agreements(@Parameter(description = "YYYY-MM-DD") @QueryParam("from") String from,
                               @Parameter(description = "YYYY-MM-DD") @QueryParam("to") String to,
                               @QueryParam("partnerId") String partnerId) {
        String csv = FinanceCsv.agreements(exports.agreements(period(from, to), QueryParameters.text(partnerId)));
        return file("agreements.csv", csv);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    @Path("/transactions.csv")
    @Operation(summary = "Transactions dated in the period (both days included), "
            + "optionally on one partner's agreements")
    public Response transactions(@Parameter(description = "YYYY-MM-DD") @QueryParam("from") String from,
                                 @Parameter(description = "YYYY-MM-DD") @QueryParam("to") String to,
                                 @QueryParam("partnerId") String partnerId) {
        String csv = FinanceCsv.transactions(exports.transactions(period(from, to), QueryParameters.text(partnerId)));
        return file("transactions.csv", csv);
    }

    private static Period period(String from, String to) {
        return new Period(QueryParameters.date("from", from), QueryParameters.date("to", to));
    }

    private static Response file(String name, String csv) {
        return Response.ok(csv, FinanceCsv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .build();
    }
}
