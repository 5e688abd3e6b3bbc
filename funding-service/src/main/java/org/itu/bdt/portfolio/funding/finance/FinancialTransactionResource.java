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

@Path("/api/finance/transactions")
@Produces(MediaType.APPLICATION_JSON)
public class FinancialTransactionResource {
    private static final String IMPORT = "Every row is created, unchanged (its reference holds the same content) or "
            + "rejected. atomic=true (default): one rejected row stores nothing and answers 422 with the report; "
            + "atomic=false: the good rows are stored and the answer is 200.";

    private final TransactionService transactions;

    FinancialTransactionResource(TransactionService transactions) {
        this.transactions = transactions;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import financial transactions (a JSON array)", description = IMPORT)
    public ImportReportResponse importJson(@Parameter(description = "true (default) or false")
                                           @QueryParam("atomic") String atomic,
                                           @NotNull List<TransactionRow> body) {
        boolean whole = QueryParameters.atomic(atomic);
        return ImportReportResponse.of(transactions.importBatch(
                body.stream().map(TransactionRow::line).toList(), whole));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Consumes(FinanceCsv.MEDIA_TYPE)
    @Operation(summary = "Import financial transactions (CSV with a header row)", description = IMPORT)
    public ImportReportResponse importCsv(@Parameter(description = "true (default) or false")
                                          @QueryParam("atomic") String atomic,
                                          String csv) {
        boolean whole = QueryParameters.atomic(atomic);
        return ImportReportResponse.of(transactions.importBatch(
                TransactionRow.CSV.read(csv).stream().map(TransactionRow::line).toList(), whole));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    @Operation(summary = "Recorded transactions, by transaction date and reference")
    public List<TransactionResponse> list(@QueryParam("agreementNumber") String agreementNumber,
                                          @QueryParam("projectNumber") String projectNumber) {
        return transactions.list(QueryParameters.text(agreementNumber), QueryParameters.text(projectNumber))
                .stream().map(TransactionResponse::of).toList();
    }
}
