package org.itu.bdt.portfolio.reporting.api;

import io.quarkus.arc.All;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.itu.bdt.portfolio.reporting.domain.Difference;
import org.itu.bdt.portfolio.reporting.domain.ReconciledAggregate;
import org.itu.bdt.portfolio.reporting.domain.SourcePortfolio;
import org.itu.bdt.portfolio.reporting.infra.SourceServices;

import java.time.LocalDate;
import java.util.List;

@Path("/api/admin/reconciliation")
public class ReconciliationResource {

    private final SourceServices sources;
    private final List<ReconciledAggregate> aggregates;

    ReconciliationResource(SourceServices sources, @All List<ReconciledAggregate> aggregates) {
        this.sources = sources;
        this.aggregates = aggregates;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every aggregate of the read model compared with the source services' own totals",
            description = "An empty list of differences means reconciled; 503 if a source cannot be reached")
    public ReconciliationResponse reconcile(
            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("asOf") String asOf) {
        LocalDate date = ReportResponses.asOf(asOf);
        SourcePortfolio portfolio = sources.portfolio(date);
        List<Difference> differences = aggregates.stream()
                .flatMap(aggregate -> aggregate.differences(portfolio).stream())
                .toList();
        return new ReconciliationResponse(date, differences.isEmpty(), differences);
    }

    /** @param reconciled true when there is no difference */
    public record ReconciliationResponse(LocalDate asOf, boolean reconciled, List<Difference> differences) {
    }
}
