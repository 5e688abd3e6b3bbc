package org.itu.bdt.portfolio.reporting.readmodel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.itu.bdt.portfolio.kit.security.Roles;
import org.itu.bdt.portfolio.reporting.platform.ReportResponses;

import java.time.LocalDate;
import java.util.List;

@RolesAllowed(Roles.ADMIN)
@Path("/api/admin/reconciliation")
public class ReconciliationResource {

    private final ReconciliationService reconciliation;

    ReconciliationResource(ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every aggregate of the read model compared with the source services' own totals",
            description = "An empty list of differences means reconciled; 503 if a source cannot be reached")
    public ReconciliationResponse reconcile(
            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("asOf") String asOf) {
        LocalDate date = ReportResponses.asOf(asOf);
        List<Difference> differences = reconciliation.differences(date);
        return new ReconciliationResponse(date, differences.isEmpty(), differences);
    }

    /** @param reconciled true when there is no difference */
    public record ReconciliationResponse(LocalDate asOf, boolean reconciled, List<Difference> differences) {
    }
}
