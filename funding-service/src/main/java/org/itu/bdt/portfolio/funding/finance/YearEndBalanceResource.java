package org.itu.bdt.portfolio.funding.finance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.itu.bdt.portfolio.funding.platform.QueryParameters;
import org.itu.bdt.portfolio.kit.security.Roles;

import java.util.List;

@Path("/api/finance/balances")
@Produces(MediaType.APPLICATION_JSON)
public class YearEndBalanceResource {
    private static final String IMPORT = "One balance per agreement and year, as of 31 December, never negative. "
            + "Same outcomes and atomic rule as the transaction import.";

    private final BalanceService balances;

    YearEndBalanceResource(BalanceService balances) {
        this.balances = balances;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import year-end balances (a JSON array)", description = IMPORT)
    public ImportReportResponse importJson(@Parameter(description = "true (default) or false")
                                           @QueryParam("atomic") String atomic,
                                           @NotNull List<BalanceRow> body) {
        boolean whole = QueryParameters.atomic(atomic);
        return ImportReportResponse.of(balances.importBatch(body.stream().map(BalanceRow::line).toList(), whole));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Consumes(FinanceCsv.MEDIA_TYPE)
    @Operation(summary = "Import year-end balances (CSV with a header row)", description = IMPORT)
    public ImportReportResponse importCsv(@Parameter(description = "true (default) or false")
                                          @QueryParam("atomic") String atomic,
                                          String csv) {
        boolean whole = QueryParameters.atomic(atomic);
        return ImportReportResponse.of(balances.importBatch(
                BalanceRow.CSV.read(csv).stream().map(BalanceRow::line).toList(), whole));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    @Operation(summary = "Recorded year-end balances, by agreement and year")
    public List<BalanceResponse> list(@QueryParam("agreementNumber") String agreementNumber,
                                      @QueryParam("projectNumber") String projectNumber) {
        return balances.list(QueryParameters.text(agreementNumber), QueryParameters.text(projectNumber))
                .stream().map(BalanceResponse::of).toList();
    }
}
